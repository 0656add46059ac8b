# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No attribute access.

x = 1
print(x.real)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_attribute.py:5:7: error: attribute access is not supported on an int by AIthon yet
# CHECK-NEXT: {{^}}print(x.real){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

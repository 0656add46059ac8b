# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No identity comparisons.

x = 1
print(x is None)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_is.py:5:7: error: the comparison 'is' is not supported by AIthon yet
# CHECK-NEXT: {{^}}print(x is None){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

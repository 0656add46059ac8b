# XFAIL: *
# BUG: the message reads 'attribute access are not supported' (the '{what} are not
# BUG: supported' template does not fit a singular noun).
# RUN: not %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# RUN: %expect-exit 1 %aithon %s -o %t
# No attribute access.

x = 1
print(x.real)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_attribute.py:9:7: error: attribute access is not supported by AIthon yet
# CHECK-NEXT: {{^}}print(x.real){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

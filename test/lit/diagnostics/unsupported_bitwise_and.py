# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No bitwise operators.

x = 6
print(x & 3)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_bitwise_and.py:5:9: error: the operator '&' is not supported by AIthon yet
# CHECK-NEXT: {{^}}print(x & 3){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

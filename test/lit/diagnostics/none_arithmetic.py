# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# None is not a number.

x = None
print(x + 1)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/none_arithmetic.py:5:9: error: unsupported operand type for '+': None
# CHECK-NEXT: {{^}}print(x + 1){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

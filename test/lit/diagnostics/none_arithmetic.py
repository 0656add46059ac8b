# RUN: not %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# RUN: %expect-exit 1 %aithon %s -o %t
# None is not a number.

x = None
print(x + 1)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/none_arithmetic.py:6:9: error: unsupported operand type for '+': None
# CHECK-NEXT: {{^}}print(x + 1){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An int passed to a float parameter (no implicit conversion at calls).

def half(x: float) -> float:
    return x / 2.0

print(half(3))

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/argument_int_for_float.py:7:12: error: argument 'x' of half() must be float, not int (write a float such as 2.0)
# CHECK-NEXT: {{^}}print(half(3)){{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

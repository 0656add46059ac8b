# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# True division always gives a float, even of two ints.

def f(a: int, b: int) -> int:
    return a / b

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/return_type_float_for_int.py:5:14: error: returning float from a function declared to return int
# CHECK-NEXT: {{^}}    return a / b{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

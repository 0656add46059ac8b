# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Returning an int from a function declared to return float.

def f(x: int) -> float:
    return x

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/return_type_int_for_float.py:5:12: error: returning int from a function declared to return float (write a float literal such as 1.0, or use a float expression)
# CHECK-NEXT: {{^}}    return x{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

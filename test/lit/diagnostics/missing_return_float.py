# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A float function that can fall off its end.

def f(x: float) -> float:
    if x > 0.0:
        return x

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/missing_return_float.py:4:1: error: function 'f' may reach its end without returning a float
# CHECK-NEXT: {{^}}def f(x: float) -> float:{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An int function that can fall off its end.

def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/missing_return_int.py:4:1: error: function 'sign' may reach its end without returning an int
# CHECK-NEXT: {{^}}def sign(x: int) -> int:{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

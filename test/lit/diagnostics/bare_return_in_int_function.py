# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'return' without a value in a function declared to return int.

def f() -> int:
    return

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/bare_return_in_int_function.py:5:5: error: this function must return an int
# CHECK-NEXT: {{^}}    return{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

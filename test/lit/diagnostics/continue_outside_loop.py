# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'continue' in a function but outside any loop.

def f() -> None:
    continue

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/continue_outside_loop.py:5:5: error: 'continue' not properly in loop
# CHECK-NEXT: {{^}}    continue{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

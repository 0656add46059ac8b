# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A local assigned only in a while loop's body may be unassigned after it.

def f(n: int) -> int:
    while n > 0:
        y = n
        n -= 1
    return y

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/use_after_while_body.py:8:12: error: local variable 'y' may be used before it is assigned
# CHECK-NEXT: {{^}}    return y{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

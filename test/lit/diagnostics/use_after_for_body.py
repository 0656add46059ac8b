# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A local assigned only in a for loop's body may be unassigned after it
# (the loop may run zero times).

def f(n: int) -> int:
    for i in range(n):
        y = i
    return y

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/use_after_for_body.py:8:12: error: local variable 'y' may be used before it is assigned
# CHECK-NEXT: {{^}}    return y{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A local assigned on one branch only, then read.

def f(c: bool) -> int:
    if c:
        y = 1
    return y

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/use_before_assignment.py:7:12: error: local variable 'y' may be used before it is assigned
# CHECK-NEXT: {{^}}    return y{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

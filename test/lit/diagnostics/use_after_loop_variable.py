# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# The loop variable itself is unassigned if range() is empty.

def last(n: int) -> int:
    for i in range(n):
        pass
    return i

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/use_after_loop_variable.py:7:12: error: local variable 'i' may be used before it is assigned
# CHECK-NEXT: {{^}}    return i{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

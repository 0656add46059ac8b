# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Only int, float, bool, None, Pid and tuples of these are types.

def f(x: str) -> int:
    return 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_annotation.py:4:10: error: unsupported type annotation for parameter 'x': AIthon knows int, float, bool, None, Pid, Reason, Exit, Down and tuple[...] of these
# CHECK-NEXT: {{^}}def f(x: str) -> int:{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A Reason compares only with a Reason.
from aithon import actors

async def worker(n: int) -> None:
    pass

async def main():
    print(actors.NORMAL == actors.self())

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_reason_compare.py:9:11: error: a Reason compares only with another Reason, by == or != (here Reason == Pid)
# CHECK-NEXT: {{^}}    print(actors.NORMAL == actors.self()){{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

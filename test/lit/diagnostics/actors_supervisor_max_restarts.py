# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# max_restarts is a literal in range, checked at compile time.
from aithon import actors

async def worker(n: int) -> None:
    pass

async def main():
    n = 3
    actors.supervisor(actors.child(worker, 1), max_restarts=n)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_supervisor_max_restarts.py:10:61: error: max_restarts= takes an int literal from 0 to 10000
# CHECK-NEXT: {{^}}    actors.supervisor(actors.child(worker, 1), max_restarts=n){{$}}
# CHECK-NEXT: {{^}}                                                            ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# actors.exit() sends one of the reasons it documents, named as such.
from aithon import actors

async def worker(n: int) -> None:
    pass

async def main():
    r = actors.NORMAL
    actors.exit(actors.self(), r)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_exit_reason.py:10:32: error: the reason of actors.exit() is actors.NORMAL, actors.SHUTDOWN or actors.KILL, written as such
# CHECK-NEXT: {{^}}    actors.exit(actors.self(), r){{$}}
# CHECK-NEXT: {{^}}                               ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# spawn() starts an async function.
from aithon import actors

def work(n: int) -> int:
    return n

async def main():
    actors.spawn(work, 1)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_spawn_sync_function.py:9:18: error: 'work' is not an async function: actors.spawn() runs an async def as an actor
# CHECK-NEXT: {{^}}    actors.spawn(work, 1){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

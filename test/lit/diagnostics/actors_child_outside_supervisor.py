# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A child spec is only an argument of supervisor().
from aithon import actors

async def worker(n: int) -> None:
    pass

async def main():
    c = actors.child(worker, 1)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_child_outside_supervisor.py:9:9: error: actors.child() is only supported as an argument of actors.supervisor(), written there
# CHECK-NEXT: {{^}}    c = actors.child(worker, 1){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

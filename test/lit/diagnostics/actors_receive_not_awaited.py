# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# receive() suspends the actor: it must be awaited.
from aithon import actors

async def main():
    n = actors.receive(int)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_receive_not_awaited.py:6:9: error: actors.receive() must be awaited: write 'await actors.receive(T)'
# CHECK-NEXT: {{^}}    n = actors.receive(int){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

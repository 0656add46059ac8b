# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A message is an int, float, bool, Pid or a tuple of these.
from aithon import actors

async def main():
    actors.send(actors.self(), None)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_send_bad_message.py:6:32: error: a message is an int, float, bool, Pid or a tuple of these, not None
# CHECK-NEXT: {{^}}    actors.send(actors.self(), None){{$}}
# CHECK-NEXT: {{^}}                               ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

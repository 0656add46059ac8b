# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# receive() takes the type of message to receive.
from aithon import actors

async def main():
    x = await actors.receive(None)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_receive_bad_type.py:6:30: error: a message is an int, float, bool, Pid or a tuple of these, not None
# CHECK-NEXT: {{^}}    x = await actors.receive(None){{$}}
# CHECK-NEXT: {{^}}                             ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

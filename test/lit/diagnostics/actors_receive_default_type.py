# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# The default of a receive has the type received, exactly.
from aithon import actors

async def main():
    x = await actors.receive(float, timeout=0.1, default=0)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_receive_default_type.py:6:58: error: the default must be a float, the type received, not int
# CHECK-NEXT: {{^}}    x = await actors.receive(float, timeout=0.1, default=0){{$}}
# CHECK-NEXT: {{^}}                                                         ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

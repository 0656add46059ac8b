# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No default for Exit or Down yet: the program cannot make one.
from aithon import actors

async def worker(n: int) -> None:
    pass

async def main():
    m = await actors.receive(actors.Exit, timeout=1, default=0)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_signal_default.py:9:54: error: default= is not supported when receiving Exit messages yet
# CHECK-NEXT: {{^}}    m = await actors.receive(actors.Exit, timeout=1, default=0){{$}}
# CHECK-NEXT: {{^}}                                                     ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

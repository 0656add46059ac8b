# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A type of aithon.actors is not a function.
from aithon import actors

async def worker(n: int) -> None:
    pass

async def main():
    r = actors.Reason("x")

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_type_called.py:9:9: error: actors.Reason is a type: it cannot be called
# CHECK-NEXT: {{^}}    r = actors.Reason("x"){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An Exit or Down message has two fields.
from aithon import actors

async def worker(n: int) -> None:
    pass

async def main():
    m = await actors.receive(actors.Down)
    print(m.ref)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_signal_field.py:10:11: error: a Down message has the fields pid and reason, not 'ref'
# CHECK-NEXT: {{^}}    print(m.ref){{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An awaited function would share the caller's mailbox under CPython.
from aithon import actors

async def ask() -> int:
    return await actors.receive(int)

async def main():
    print(await ask())

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_await_mailbox_user.py:9:17: error: 'ask' uses actors.receive(), so it must run as its own actor: start it with actors.spawn(ask, ...) (an await would run it as this actor under CPython)
# CHECK-NEXT: {{^}}    print(await ask()){{$}}
# CHECK-NEXT: {{^}}                ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

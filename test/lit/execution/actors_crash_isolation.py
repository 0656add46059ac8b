# RUN: %aithon %s -o %t
# RUN: %t 2>%t.err | filecheck %s
# RUN: filecheck --check-prefix=ERR %s < %t.err
# RUN: env AITHON_WORKERS=1 %t 2>/dev/null | filecheck %s
# A spawned actor that fails dies alone: nobody watches it, so the runtime
# reports it on stderr, and the main actor and a sibling carry on; nothing
# the others print is lost.  A pid prints as <Pid slot.generation>.
import asyncio
from aithon import actors
from aithon.actors import Pid


async def divide(boss: Pid, a: int, b: int) -> None:
    actors.send(boss, a // b)


async def main():
    me = actors.self()
    print("main is", me)
    bad = actors.spawn(divide, me, 1, 0)
    good = actors.spawn(divide, me, 7, 2)
    print("quotient", await actors.receive(int))
    print("nothing from the failed one:", await actors.receive(int, timeout=0.1, default=-1))
    print("main carries on", bad != good)

# CHECK: main is <Pid {{[0-9]+}}.{{[0-9]+}}>
# CHECK-NEXT: quotient 3
# CHECK-NEXT: nothing from the failed one: -1
# CHECK-NEXT: main carries on True
# ERR: actor <Pid {{[0-9]+}}.{{[0-9]+}}> failed: ZeroDivisionError: integer division or modulo by zero
# ERR-NOT: failed

asyncio.run(main())

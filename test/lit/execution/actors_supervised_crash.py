# RUN: %aithon %s -o %t
# RUN: %t 2>%t.err | filecheck %s
# RUN: filecheck --check-prefix=ERR %s < %t.err
# RUN: env AITHON_WORKERS=1 %t 2>/dev/null | filecheck %s
# Crash isolation under a supervisor: a worker that fails on every third job
# is restarted each time (one_for_one), while its sibling under the same
# supervisor counts to 300 and the main actor carries on; no line the
# sibling prints is lost, and each failure is one line on stderr.
import asyncio
from aithon import actors
from aithon.actors import Pid


async def fragile(boss: Pid) -> None:
    actors.send(boss, (0, 0))  # "(re)started"
    while True:
        job = await actors.receive(int)
        actors.send(boss, (job, 30 // (job % 3)))


async def counter(boss: Pid) -> None:
    for i in range(300):
        print("count", i)
    actors.send(boss, -1.0)


async def main():
    me = actors.self()
    sup = actors.supervisor(actors.child(fragile, me), actors.child(counter, me, restart="transient"),
                            max_restarts=100, within=60.0)
    await actors.receive(tuple[int, int])  # started
    restarts = 0
    answers = 0
    for job in range(1, 31):
        actors.send(actors.child_pid(sup, 0), job)
        got, value = await actors.receive(tuple[int, int], timeout=20)
        if got == 0:  # it failed, and this is its restart
            restarts += 1
        else:
            answers += value
    finished = await actors.receive(float, timeout=20)  # after the counter's last line
    print("restarts", restarts, "answers", answers)
    print("counter finished", finished)
    print("main carries on")

# CHECK: count 0
# CHECK-NEXT: count 1
# CHECK: count 298
# CHECK-NEXT: count 299
# CHECK-NEXT: restarts 10 answers 450
# CHECK-NEXT: counter finished -1.0
# CHECK-NEXT: main carries on
# ERR-COUNT-10: supervisor <Pid {{[0-9]+}}.{{[0-9]+}}>: child 0 failed: ZeroDivisionError: integer division or modulo by zero
# ERR-NOT: failed

asyncio.run(main())

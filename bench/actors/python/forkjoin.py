# forkjoin: 64 actors each run a MINSTD generator for ITERS/64 steps and sum
# its outputs; main joins them.  The AIthon Python twin of
# bench/actors/forkjoin.cpp.  The harness runs it with AITHON_WORKERS=1 and
# AITHON_WORKERS=2 (and once under CPython, which runs on one thread).
#
# The size is the module constant ITERS (the total over the 64 tasks):
# bench/actors/run.py runs a copy of this file with that line rewritten (the
# compiler has no sys.argv).  The program cannot read a clock, so the
# harness times the whole process.
#
# C++ spawns each task monitored and awaits its result.  In AIthon an await
# runs the callee while the caller waits (there is no gather yet), so the
# tasks are spawned and send (index, sum) to main, which receives the 64
# results.  The compiler puts a yield check on the loop's back-edge, as the
# C++ version calls aithon_yield_check() every iteration.
import asyncio
from aithon import actors
from aithon.actors import Pid

ITERS = 256000000
TASKS = 64


def work(seed: int, iters: int) -> int:
    x = seed
    total = 0
    for i in range(iters):
        x = x * 48271 % 2147483647
        total += x
    return total


async def task(parent: Pid, index: int, seed: int, iters: int) -> None:
    actors.send(parent, (index, work(seed, iters)))


async def main():
    iters = ITERS // TASKS
    me = actors.self()
    for i in range(TASKS):
        actors.spawn(task, me, i, i + 1, iters)
    checksum = 0
    last = -1
    for i in range(TASKS):
        index, total = await actors.receive(tuple[int, int])
        checksum += total
        if index == TASKS - 1:
            last = total
    # Self-check: recompute one task sequentially, as the C++ version does.
    if last != work(TASKS, iters):
        print("forkjoin: wrong task results")
        print(1 // 0)
    print("RESULT checksum=", checksum, " tasks=", TASKS, " iters=", iters * TASKS, sep="")


if __name__ == "__main__":
    asyncio.run(main())

# skynet: each actor spawns 10 children until there are LEAVES leaves; leaf
# i sends i to its parent, and each parent sends the sum of its children's
# values.  The AIthon Python twin of bench/actors/skynet.cpp.
#
# The size is the module constant LEAVES (a power of 10): bench/actors/run.py
# runs a copy of this file with that line rewritten (the compiler has no
# sys.argv).  The program cannot read a clock, so the harness times the
# whole process.
import asyncio
from aithon import actors
from aithon.actors import Pid

LEAVES = 1000000
DIV = 10


async def skynet(parent: Pid, num: int, size: int) -> None:
    if size == 1:
        actors.send(parent, num)
        return
    sub = size // DIV
    me = actors.self()
    for i in range(DIV):
        actors.spawn(skynet, me, num + i * sub, sub)
    total = 0
    for i in range(DIV):
        total += await actors.receive(int)
    actors.send(parent, total)


async def main():
    size = LEAVES
    while size != 1:
        if size < 1 or size % 10 != 0:
            print("skynet: LEAVES must be a power of 10")
            print(1 // 0)
        size = size // 10
    actors.spawn(skynet, actors.self(), 0, LEAVES)
    total = await actors.receive(int)
    if total != LEAVES * (LEAVES - 1) // 2:
        print("skynet: sum", total, "expected", LEAVES * (LEAVES - 1) // 2)
        print(1 // 0)
    print("RESULT sum=", total, " leaves=", LEAVES, sep="")


if __name__ == "__main__":
    asyncio.run(main())

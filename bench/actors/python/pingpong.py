# pingpong: two actors bounce an integer N times (N round trips, 2N one-way
# messages).  The AIthon Python twin of bench/actors/pingpong.cpp.
#
# The size is the module constant N: bench/actors/run.py runs a copy of this
# file with that line rewritten (the compiler has no sys.argv).  The program
# cannot read a clock either, so the harness times the whole process and
# divides the message count printed here by that wall time.
#
# As in the C++ version every message is one int.  C++ pong answers
# m->from; a Python receive gives no sender, so pong gets main's pid when it
# is spawned.  C++ main awaits pong's result (its count); here pong sends
# the count back as a message, tagged by a tuple so it cannot be taken for
# a bounce.
import asyncio
from aithon import actors
from aithon.actors import Pid

N = 4000000


async def pong(parent: Pid) -> None:
    """Replies to every integer with the same integer; a negative one stops
    it, and it reports how many it bounced."""
    count = 0
    while True:
        v = await actors.receive(int)
        if v < 0:
            break
        count += 1
        actors.send(parent, v)
    actors.send(parent, (count, 0))


async def main():
    p = actors.spawn(pong, actors.self())
    for i in range(N):
        actors.send(p, i)
        v = await actors.receive(int)
        if v != i:
            print("pingpong: got", v, "expected", i)
            print(1 // 0)
    actors.send(p, -1)
    count, _ = await actors.receive(tuple[int, int])
    if count != N:
        print("pingpong: pong received", count, "expected", N)
        print(1 // 0)
    print("RESULT messages=", 2 * N, " round_trips=", N, sep="")


if __name__ == "__main__":
    asyncio.run(main())

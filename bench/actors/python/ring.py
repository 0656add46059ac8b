# ring: 503 actors in a ring pass a token HOPS times.  Node k receives the
# token t; if t == 0 it reports k to main, else it passes t-1 to node k+1.
# Main injects HOPS at node 0, so node HOPS mod 503 finishes.  The AIthon
# Python twin of bench/actors/ring.cpp.
#
# The size is the module constant HOPS: bench/actors/run.py runs a copy of
# this file with that line rewritten (the compiler has no sys.argv).  The
# program cannot read a clock, so the harness times the whole process and
# divides HOPS by that wall time.
#
# Without lists main cannot keep the 503 pids as the C++ version does, so
# it tells each node its successor as it spawns the next one, and the last
# node the first's pid: the same 503 spawns and 503 pid messages.  To stop,
# main sends -1 to node 0 and each node passes it on before reporting its
# count (C++ sends -1 to every node and awaits each result; both happen
# after the measured part).
import asyncio
from aithon import actors
from aithon.actors import Pid

HOPS = 10000000
NODES = 503


async def node(k: int, parent: Pid) -> None:
    """First message: the next node's pid.  Then tokens (>= 0) and a stop
    (-1); at the stop it sends main (id, tokens received)."""
    succ = await actors.receive(Pid)
    count = 0
    while True:
        t = await actors.receive(int)
        if t < 0:
            break
        count += 1
        if t == 0:
            actors.send(parent, k)
        else:
            actors.send(succ, t - 1)
    actors.send(succ, -1)
    actors.send(parent, (k, count))


async def main():
    me = actors.self()
    first = actors.spawn(node, 0, me)
    prev = first
    for i in range(1, NODES):
        p = actors.spawn(node, i, me)
        actors.send(prev, p)
        prev = p
    actors.send(prev, first)

    actors.send(first, HOPS)
    last = await actors.receive(int)

    actors.send(first, -1)
    total = 0
    for i in range(NODES):
        _, count = await actors.receive(tuple[int, int])
        total += count
    if last != HOPS % NODES or total != HOPS + 1:
        print("ring: ended at node", last, "after", total, "receives, expected",
              HOPS % NODES, "and", HOPS + 1)
        print(1 // 0)
    print("RESULT hops=", HOPS, " last=", last, sep="")


if __name__ == "__main__":
    asyncio.run(main())

# A ring of actors, each knowing the next: a token goes round several times,
# each hop adding the actor's number, then every actor stops.  Pids travel
# in spawn arguments and in messages.
import asyncio
from aithon import actors
from aithon.actors import Pid

SIZE = 50
LAPS = 3


async def link(number: int, boss: Pid) -> None:
    next_pid = await actors.receive(Pid)
    while True:
        laps, total = await actors.receive(tuple[int, int])
        if laps < 0:
            actors.send(next_pid, (laps, total))
            return
        total += number
        if number == 0:
            laps -= 1
            if laps == 0:
                actors.send(boss, total)
                continue
        actors.send(next_pid, (laps, total))


async def main():
    me = actors.self()
    first = actors.spawn(link, 0, me)
    previous = first
    for number in range(1, SIZE):
        current = actors.spawn(link, number, me)
        actors.send(previous, current)
        previous = current
    actors.send(previous, first)  # close the ring
    actors.send(first, (LAPS + 1, 0))
    total = await actors.receive(int)
    print("token total", total, "expected", LAPS * SIZE * (SIZE - 1) // 2)
    actors.send(first, (-1, 0))
    print("same pid:", first == first, "different:", first != previous)


if __name__ == "__main__":
    asyncio.run(main())

# A parallel map over a pool of workers: each worker asks for an item, maps
# it, and sends the result back with its own pid to ask for the next one.
# The workers run on every core at once (AITHON_WORKERS sets how many).
import asyncio
from aithon import actors
from aithon.actors import Pid

WORKERS = 4
ITEMS = 24
SPAN = 2000


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def work(item: int) -> int:
    """The map's function: total Collatz steps of SPAN numbers."""
    total = 0
    for k in range(item * SPAN + 1, (item + 1) * SPAN + 1):
        total += collatz_steps(k)
    return total


async def worker(boss: Pid) -> None:
    me = actors.self()
    actors.send(boss, (me, -1, 0))  # ready: no result yet
    while True:
        item = await actors.receive(int)
        if item < 0:
            return
        actors.send(boss, (me, item, work(item)))


async def main():
    boss = actors.self()
    for _ in range(WORKERS):
        actors.spawn(worker, boss)
    handed_out = 0
    done = 0
    total = 0
    checksum = 0
    while done < ITEMS:
        w, item, result = await actors.receive(tuple[Pid, int, int])
        if item >= 0:
            done += 1
            total += result
            checksum += (item + 1) * result  # the same in any order of arrival
        if handed_out < ITEMS:
            actors.send(w, handed_out)
            handed_out += 1
        else:
            actors.send(w, -1)
    print("mapped", ITEMS, "items on", WORKERS, "workers")
    print("total steps", total, "checksum", checksum)


if __name__ == "__main__":
    asyncio.run(main())

# Two actors pass a counter back and forth by message.  Each message is a
# copy; `receive(T)` takes the oldest message of type T from the mailbox.
import asyncio
from aithon import actors
from aithon.actors import Pid

ROUNDS = 20000


async def pong() -> None:
    while True:
        sender, n = await actors.receive(tuple[Pid, int])
        if n < 0:
            return
        actors.send(sender, n + 1)


async def main():
    me = actors.self()
    partner = actors.spawn(pong)
    n = 0
    for _ in range(ROUNDS):
        actors.send(partner, (me, n))
        n = await actors.receive(int)
    actors.send(partner, (me, -1))
    print("ping-pong:", ROUNDS, "round trips, the counter reached", n)


if __name__ == "__main__":
    asyncio.run(main())

# Selective receive by type: a message waits in the mailbox until a receive
# of its exact type takes it (bool is not int, 1 is not a float), messages
# of one type come out in the order they were sent, and a timeout with a
# default returns the default.
import asyncio
from aithon import actors
from aithon.actors import Pid


async def echo(owner: Pid, times: int) -> None:
    for _ in range(times):
        x = await actors.receive(float)
        actors.send(owner, x * 2)
    flag = await actors.receive(bool)
    actors.send(owner, (flag, times))


async def main():
    me = actors.self()
    e = actors.spawn(echo, me, 3)
    actors.send(e, True)  # waits in echo's mailbox until it receives a bool
    actors.send(e, 1.5)
    actors.send(e, 2.25)
    actors.send(e, -0.0)
    print(await actors.receive(float), await actors.receive(float), await actors.receive(float))
    print(await actors.receive(tuple[bool, int]))
    actors.send(me, 1)
    actors.send(me, True)
    actors.send(me, 2)
    print(await actors.receive(bool), await actors.receive(int), await actors.receive(int))
    print("float:", await actors.receive(float, timeout=0.05, default=-1.0))
    print("nothing left:", await actors.receive(int, timeout=0, default=0))


if __name__ == "__main__":
    asyncio.run(main())

# Links, monitors and exit signals: trapped exits arrive as Exit messages,
# monitors get Down messages, a failure travels along links, and reasons
# print as CPython's aithon.actors prints them (also inside a tuple).
import asyncio
from aithon import actors
from aithon.actors import Down, Exit, Pid, Reason


async def divide(n: int) -> None:
    print("divide:", 10 // n)


async def idle() -> None:
    await actors.receive(int)


async def middle() -> None:
    # Not trapping: when its linked child fails, it fails the same way.
    await actors.receive(int)
    actors.spawn_link(divide, 0)
    await actors.receive(int)


async def trapper(parent: Pid) -> None:
    actors.trap_exits(True)
    actors.send(parent, 1)
    e = await actors.receive(Exit)
    print("trapper got", e.reason, "from the parent:", e.pid == parent)


async def reads_late() -> None:
    print(late)


async def main():
    print(actors.trap_exits(True), actors.trap_exits(True))
    p = actors.spawn_link(divide, 0)
    m = await actors.receive(Exit)
    print(m.pid == p, m.reason)
    p = actors.spawn_link(divide, 5)
    m = await actors.receive(Exit)
    print(m.pid == p, m.reason, m.reason == actors.NORMAL, not m.reason)
    if m.reason:
        print("a reason is true")

    q = actors.spawn(idle)
    actors.monitor(q)
    actors.exit(q, actors.KILL)
    d = await actors.receive(Down)
    pid, why = d
    print(pid == q, why, why == actors.KILLED, why != actors.KILL)
    actors.monitor(q)
    print("monitor a dead pid:", (await actors.receive(Down)).reason)
    actors.link(q)
    print("link a dead pid:", (await actors.receive(Exit)).reason == actors.NOPROC)

    t = actors.spawn(trapper, actors.self())
    await actors.receive(int)
    actors.exit(t, actors.SHUTDOWN)
    actors.monitor(t)
    print("trapper ended:", (await actors.receive(Down)).reason)

    u = actors.spawn_link(idle)
    actors.unlink(u)
    actors.monitor(u)
    actors.exit(u, actors.KILL)
    print("unlinked:", (await actors.receive(Down)).reason)
    v = actors.spawn_link(divide, 2)
    print("next Exit is from the new link:", (await actors.receive(Exit)).pid == v)

    mid = actors.spawn(middle)
    actors.monitor(mid)
    actors.send(mid, 1)
    print("middle:", (await actors.receive(Down)).reason)

    w = actors.spawn_link(reads_late)
    e = await actors.receive(Exit)
    print((e.pid == w, e.reason))
    print(actors.NORMAL, (actors.SHUTDOWN, actors.NOPROC), (actors.KILLED,))


if __name__ == "__main__":
    asyncio.run(main())
late = 1

# Supervisors: a crashing child is restarted (alone under one_for_one, with
# its siblings under one_for_all), transient and temporary children follow
# their restart rule, and more restarts than the intensity allows end the
# supervisor, whose link then ends main: exit status 1 and its reason last
# on stderr.
import asyncio
from aithon import actors
from aithon.actors import Pid


async def worker(n: int, parent: Pid) -> None:
    actors.send(parent, n)  # "started"
    while True:
        k = await actors.receive(int)
        print("worker", n, "computes", 100 // k)
        actors.send(parent, -n)  # "done"


async def finisher(parent: Pid) -> None:
    actors.send(parent, 100)
    await actors.receive(int)


async def main():
    me = actors.self()
    sup = actors.supervisor(actors.child(worker, 1, me), actors.child(worker, 2, me))
    a = await actors.receive(int)
    b = await actors.receive(int)
    print("started", a + b)
    first = actors.child_pid(sup, 0)
    actors.send(first, 4)
    print("done", await actors.receive(int))
    actors.send(first, 0)  # worker 1 fails; the supervisor restarts it
    print("restarted", await actors.receive(int))
    print("a new pid:", actors.child_pid(sup, 0) != first)
    actors.send(actors.child_pid(sup, 1), 5)  # its sibling carries on
    print("done", await actors.receive(int))

    all_sup = actors.supervisor(actors.child(worker, 3, me), actors.child(worker, 4, me),
                                strategy="one_for_all", max_restarts=5, within=10.0)
    a = await actors.receive(int)
    b = await actors.receive(int)
    print("started", a + b)
    actors.send(actors.child_pid(all_sup, 1), 0)
    a = await actors.receive(int)
    b = await actors.receive(int)
    print("both restarted", a + b)

    once = actors.supervisor(actors.child(finisher, me, restart="transient"),
                             actors.child(worker, 7, me, restart="temporary"))
    a = await actors.receive(int)
    b = await actors.receive(int)
    print("started", a + b)
    actors.send(actors.child_pid(once, 0), 1)  # a normal end: not restarted
    actors.send(actors.child_pid(once, 1), 0)  # temporary: not restarted
    print("nothing restarted:", await actors.receive(int, timeout=0.3, default=0))

    strict = actors.supervisor(actors.child(worker, 9, me), max_restarts=1, within=30)
    print("started", await actors.receive(int))
    actors.send(actors.child_pid(strict, 0), 0)
    print("restarted", await actors.receive(int))
    actors.send(actors.child_pid(strict, 0), 0)  # a second failure: too many
    await actors.receive(float)
    print("not reached")


if __name__ == "__main__":
    asyncio.run(main())

# A supervised worker that crashes and is restarted.
#
# The worker computes 1000 // n for each job.  A job of 0 makes it fail with
# ZeroDivisionError; its supervisor reports the failure on stderr and starts
# a fresh worker, which says hello again, while main carries on with the
# next job.  Erlang's "let it crash", from Python.
import asyncio
from aithon import actors
from aithon.actors import Pid


async def worker(boss: Pid) -> None:
    actors.send(boss, (0, 0))  # hello: (re)started
    while True:
        n = await actors.receive(int)
        actors.send(boss, (n, 1000 // n))


async def main():
    me = actors.self()
    # The supervisor is linked to main: trap its exit signal, so that its
    # end arrives as a message instead of ending main too.
    actors.trap_exits(True)
    sup = actors.supervisor(actors.child(worker, me), max_restarts=5, within=10.0)
    await actors.receive(tuple[int, int])
    for i in range(5):
        job = 0 if i % 2 == 1 else 7 + i // 2  # 7, 0, 8, 0, 9
        actors.send(actors.child_pid(sup, 0), job)
        n, answer = await actors.receive(tuple[int, int])
        if n == 0:
            print("job", job, "crashed the worker; the supervisor restarted it")
        else:
            print("1000 //", n, "=", answer)
    # Stop the supervisor and, with it, the worker.
    actors.exit(sup, actors.SHUTDOWN)
    ended = await actors.receive(actors.Exit)
    print("supervisor ended:", ended.reason)


if __name__ == "__main__":
    asyncio.run(main())

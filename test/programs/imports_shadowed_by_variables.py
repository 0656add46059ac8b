# A variable with the name of an import hides it, as in Python: a local in
# the function that assigns it, a module variable everywhere.
import asyncio
from aithon import actors
from aithon.actors import spawn

spawn = 7  # the module variable hides the imported name from here on


async def bump(n: int) -> int:
    actors = n + 1  # a local: actors.* is not reachable in here
    return actors * spawn


async def main():
    print(await bump(2))
    print(actors.self() == actors.self())


asyncio.run(main())

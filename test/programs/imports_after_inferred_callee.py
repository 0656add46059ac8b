# main calls helper before helper's body has been compiled, so the compiler
# compiles helper first (its result type is inferred from its body) and then
# goes on with main.  helper's parameter `actors` hides the module only
# inside helper: back in main, `actors` is the module again.
import asyncio
from aithon import actors


async def main():
    x = helper(1)
    actors.send(actors.self(), x)
    print(await actors.receive(int))


def helper(actors: int):
    return actors + 1


if __name__ == "__main__":
    asyncio.run(main())

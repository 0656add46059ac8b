# A receive whose timeout passes with no default raises TimeoutError, which
# ends the main actor: exit status 1 and CPython's last line on stderr.
import asyncio
from aithon import actors


async def main():
    actors.send(actors.self(), 1.0)  # a float: not what main waits for
    print("waiting for an int")
    n = await actors.receive(int, timeout=0.05)
    print("never printed", n)


if __name__ == "__main__":
    asyncio.run(main())

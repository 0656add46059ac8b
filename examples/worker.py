# The seed's async example: every `async def` runs as an actor, and `await`
# waits for its result.  `asyncio.run(main())` runs it under CPython too.
import asyncio


async def worker(task_id):
    result = task_id * 2
    return result


async def main():
    result = await worker(5)
    print(result)


if __name__ == "__main__":
    asyncio.run(main())

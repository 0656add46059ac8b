# A parameter or local variable with the name of a module function shadows
# it inside that function, as in Python; elsewhere the name is the function.
import asyncio


def step(x: int) -> int:
    return x + 1


def scale(step: int) -> int:
    return step * 10


def countdown(n: int) -> int:
    step = 0
    while n > 0:
        n -= 1
        step += 2
    return step


async def twice(x: int) -> int:
    return 2 * x


async def uses_twice(twice: int) -> int:
    return twice + 1


async def main():
    print(await uses_twice(4), await twice(4))


print(step(1), scale(3), countdown(5), step(scale(1)))
asyncio.run(main())

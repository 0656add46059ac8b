# Async functions awaited in a chain: every await runs the callee as an
# actor and waits for its result (compiled); CPython runs it on asyncio.
import asyncio


async def square(x: int) -> int:
    return x * x


async def fib(n: int) -> int:
    if n < 2:
        return n
    a = await fib(n - 1)
    b = await fib(n - 2)
    return a + b


async def sum_of_squares(n: int) -> int:
    total = 0
    for i in range(n):
        total += await square(i)
    return total


async def main():
    print(await square(12))
    print(await fib(16))
    print(await sum_of_squares(2000))
    print(await square(2 ** 70))


if __name__ == "__main__":
    asyncio.run(main())

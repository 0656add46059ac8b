# Values of every supported type cross actor boundaries both ways:
# ints (small and big), floats (with their repr), bools and None.
import asyncio


async def scale(x: float, twice: bool) -> float:
    if twice:
        return x * 2.5
    return -x


async def parity(n: int) -> bool:
    return n % 2 == 0


async def describe(n: int, x: float, flag: bool):
    print("n =", n, "x =", x, "flag =", flag)


async def factorial(n: int) -> int:
    if n <= 1:
        return 1
    return n * await factorial(n - 1)


async def main():
    print(await scale(0.1, True), await scale(1e300, False))
    print(await parity(7), await parity(-4))
    await describe(-7, 0.30000000000000004, False)
    print(await describe(1, 2.0, True))
    print(await factorial(30))
    print(await factorial(25) // await factorial(23))


if __name__ == "__main__":
    asyncio.run(main())

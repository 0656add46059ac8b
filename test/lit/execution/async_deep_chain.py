# RUN: %aithon %s -o %t && %t | filecheck %s
# RUN: env AITHON_WORKERS=1 %t | filecheck %s
# Thousands of actors alive at once: each level of the chain awaits the
# next, so 5,000 actors are parked awaiting when the deepest one returns.
# Recursion across async functions, and values of every type crossing.
import asyncio

async def chain(n: int) -> int:
    if n == 0:
        return 0
    return await chain(n - 1) + 1

async def half(x: float) -> float:
    return x / 2

async def negate(b: bool) -> bool:
    return not b

async def big(n: int) -> int:
    return 3 ** n

async def nothing() -> None:
    pass

async def main():
    print(await chain(5000))
    print(await half(5.0), await negate(True), await big(80))
    print(await nothing())

asyncio.run(main())

# CHECK: 5000
# CHECK-NEXT: 2.5 False 147808829414345923316083210206383297601
# CHECK-NEXT: None
# CHECK-NOT: {{.}}

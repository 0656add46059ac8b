# RUN: %aithon %s -o %t
# RUN: env AITHON_WORKERS=1 timeout 20 %t | filecheck %s
# RUN: env AITHON_WORKERS=2 timeout 20 %t | filecheck %s
# Fairness: two actors spin forever inside a sync function, and on one
# worker the main actor and a printer still run.  Only the yield checks the
# compiler puts on the spin loop's back-edge give the worker back; without
# them main's timeout never fires and `timeout` kills the program.
import asyncio
from aithon import actors


def spin() -> None:
    x = 0
    while True:
        x = (x + 1) % 1000


async def spinner() -> None:
    spin()


async def printer(n: int) -> int:
    for i in range(n):
        print("tick", i)
    return n


async def main():
    actors.spawn(spinner)
    actors.spawn(spinner)
    # Park for a while: the spinners get the worker, and must give it back.
    print("waited", await actors.receive(int, timeout=0.2, default=-1))
    print("printer ran", await printer(3), "times")
    print("main ends while the spinners spin")

# CHECK: waited -1
# CHECK-NEXT: tick 0
# CHECK-NEXT: tick 1
# CHECK-NEXT: tick 2
# CHECK-NEXT: printer ran 3 times
# CHECK-NEXT: main ends while the spinners spin

if __name__ == "__main__":
    asyncio.run(main())

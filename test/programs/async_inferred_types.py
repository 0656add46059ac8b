# Unannotated parameters take their types from the first call, and
# unannotated results from the first return, in sync and async functions.
import asyncio


def mean(a, b):
    return (a + b) / 2


def count_down(n):
    if n == 0:
        return 0
    return count_down(n - 1) + 1


async def worker(task_id):
    result = task_id * 2
    return result


async def main():
    print(await worker(21))
    print(mean(3, 4), mean(10, 20))
    print(count_down(100))


if __name__ == "__main__":
    asyncio.run(main())

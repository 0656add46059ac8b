# The first program to compile: `aithon examples/main.py -o main && ./main`.
# It runs unchanged under CPython and prints the same thing.

def factorial(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def harmonic(n: int) -> float:
    total = 0.0
    for k in range(1, n + 1):
        total += 1 / k
    return total


if __name__ == "__main__":
    print("fib(30) =", fib(30))
    print("30! =", factorial(30))
    print("2**100 =", 2 ** 100)
    print("H(1000) =", harmonic(1000))
    print("-7 // 2 =", -7 // 2, " -7 % 2 =", -7 % 2)
    print("0.1 + 0.2 =", 0.1 + 0.2)

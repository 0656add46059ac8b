# Recursion a few hundred frames deep (kept below CPython's default limit).


def sum_to(n: int) -> int:
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def sum_squares(n: int) -> int:
    if n == 0:
        return 0
    return n * n + sum_squares(n - 1)


def harmonic(n: int) -> float:
    if n == 0:
        return 0.0
    return 1.0 / n + harmonic(n - 1)


def depth_product(n: int, mod: int) -> int:
    if n <= 1:
        return 1
    return n * depth_product(n - 1, mod) % mod


def count_down(n: int) -> None:
    if n < 0:
        return
    if n % 100 == 0:
        print("count_down at", n)
    count_down(n - 1)


def digits_reversed(n: int, acc: int) -> int:
    if n == 0:
        return acc
    return digits_reversed(n // 10, acc * 10 + n % 10)


for n in range(0, 951, 50):
    print("sum_to(", n, ") = ", sum_to(n), "   sum_squares = ", sum_squares(n), sep="")
print("harmonic(900) =", harmonic(900))
print("harmonic(10) =", harmonic(10))
print("900! mod 1000003 =", depth_product(900, 1000003))
count_down(950)
print("reversed:", digits_reversed(2 ** 200, 0))
print("reversed:", digits_reversed(12345678901234567890, 0))

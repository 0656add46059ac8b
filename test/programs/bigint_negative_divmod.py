# Floor division and modulo on big integers with mixed signs.

A = 3 ** 150
B = 7 ** 40


def check(a: int, b: int) -> None:
    q = a // b
    r = a % b
    ok = q * b + r == a
    print("q =", q)
    print("r =", r, "ok =", ok)


check(A, B)
check(-A, B)
check(A, -B)
check(-A, -B)
check(-A, 10)
check(A, -10)
check(-(10 ** 40), 3)
check(10 ** 40, -3)
check(-1, 10 ** 30)
check(1, -(10 ** 30))
check(-(2 ** 128), 2 ** 64)
check(-(2 ** 128) - 1, 2 ** 64)
check(2 ** 127, -(2 ** 63) + 1)
print("-(2**100) // 2**99 =", -(2 ** 100) // 2 ** 99)
print("-(2**100 + 1) // 2 =", -(2 ** 100 + 1) // 2)
print("(2**100 + 1) % -2 =", (2 ** 100 + 1) % -2)
print("-(3**80) % 1000000007 =", -(3 ** 80) % 1000000007)
x = -(5 ** 60)
x //= 12345
print("x =", x)
x %= 999999999989
print("x =", x)

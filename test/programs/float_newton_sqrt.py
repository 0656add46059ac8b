# Newton's method for square roots and cube roots.


def fabs(x: float) -> float:
    if x < 0:
        return -x
    return x


def newton_sqrt(a: float) -> float:
    if a == 0:
        return 0.0
    x = a
    if x < 1:
        x = 1.0
    for i in range(100):
        nxt = 0.5 * (x + a / x)
        if fabs(nxt - x) < 1e-15 * nxt:
            return nxt
        x = nxt
    return x


def newton_cbrt(a: float) -> float:
    x = 1.0
    if a > 1:
        x = a / 3
    for i in range(200):
        x = x - (x * x * x - a) / (3 * x * x)
    return x


def isqrt(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


for i in range(1, 21):
    a = i * 1.0
    r = newton_sqrt(a)
    print("sqrt(", a, ") =", r, "  r*r =", r * r, " builtin:", a ** 0.5)
print("sqrt(2e10) =", newton_sqrt(2e10))
print("sqrt(1e-10) =", newton_sqrt(1e-10))
print("sqrt(0.25) =", newton_sqrt(0.25))
print("sqrt(0.0) =", newton_sqrt(0.0))
for v in range(1, 6):
    c = newton_cbrt(v * 10.0)
    print("cbrt(", v * 10, ") =", c, "cube:", c * c * c)
print("isqrt(10**40) =", isqrt(10 ** 40))
print("isqrt(2 * 10**60) =", isqrt(2 * 10 ** 60))
print("isqrt(99) =", isqrt(99), "isqrt(100) =", isqrt(100), "isqrt(101) =", isqrt(101))

# Naive versus Kahan compensated summation, and order-dependent rounding.


def naive_sum_tenths(n: int) -> float:
    s = 0.0
    for i in range(n):
        s += 0.1
    return s


def kahan_sum_tenths(n: int) -> float:
    s = 0.0
    c = 0.0
    for i in range(n):
        y = 0.1 - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def harmonic_forward(n: int) -> float:
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s


def harmonic_backward(n: int) -> float:
    s = 0.0
    for k in range(n, 0, -1):
        s += 1.0 / k
    return s


n = 10
while n <= 100000:
    print("n =", n, "naive:", naive_sum_tenths(n), "kahan:", kahan_sum_tenths(n), "exact:", n / 10)
    n *= 10
for n in range(1000, 6001, 1000):
    print("H(", n, ") forward ", harmonic_forward(n), " backward ", harmonic_backward(n), sep="")
big = 1e16
print("1e16 + 1 - 1e16 =", big + 1 - big)
print("1e16 - 1e16 + 1 =", big - big + 1)
print("(0.1 + 0.2) + 0.3 =", (0.1 + 0.2) + 0.3, " 0.1 + (0.2 + 0.3) =", 0.1 + (0.2 + 0.3))
print("(1e308 + 1e308) - 1e308 =", (1e308 + 1e308) - 1e308, " 1e308 + (1e308 - 1e308) =", 1e308 + (1e308 - 1e308))
eps = 1.0
while 1.0 + eps / 2 > 1.0:
    eps /= 2
print("machine epsilon:", eps, "== 2**-52:", eps == 2.0 ** -52)
tiny = 1.0
while tiny / 2 > 0:
    tiny /= 2
print("smallest subnormal:", tiny)

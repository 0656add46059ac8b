# Approximating pi and e with classic series.


def leibniz(terms: int) -> float:
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s


def nilakantha(terms: int) -> float:
    s = 3.0
    sign = 1.0
    for k in range(1, terms + 1):
        n = 2 * k
        s += sign * 4.0 / (n * (n + 1) * (n + 2))
        sign = -sign
    return s


def wallis(terms: int) -> float:
    p = 1.0
    for k in range(1, terms + 1):
        four_k2 = 4.0 * k * k
        p *= four_k2 / (four_k2 - 1)
    return 2 * p


def euler_e(terms: int) -> float:
    s = 0.0
    term = 1.0
    for k in range(terms):
        s += term
        term /= k + 1
    return s


def compound_e(n: int) -> float:
    return (1 + 1 / n) ** n


t = 1
while t <= 10000:
    print("terms", t, "leibniz", leibniz(t), "nilakantha", nilakantha(t), "wallis", wallis(t))
    t *= 10
for k in range(1, 20, 2):
    print("e with", k, "terms:", euler_e(k))
n = 1
while n <= 10 ** 9:
    print("(1 + 1/n)^n for n =", n, ":", compound_e(n))
    n *= 100

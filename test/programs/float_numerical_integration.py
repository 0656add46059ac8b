# Numerical integration with the rectangle, trapezoid and Simpson rules.


def f_square(x: float) -> float:
    return x * x


def f_recip(x: float) -> float:
    return 1.0 / x


def f_bump(x: float) -> float:
    return 4.0 / (1.0 + x * x)


def evalf(which: int, x: float) -> float:
    if which == 0:
        return f_square(x)
    elif which == 1:
        return f_recip(x)
    return f_bump(x)


def midpoint(which: int, a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = 0.0
    for i in range(n):
        s += evalf(which, a + (i + 0.5) * h)
    return s * h


def trapezoid(which: int, a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = 0.5 * (evalf(which, a) + evalf(which, b))
    for i in range(1, n):
        s += evalf(which, a + i * h)
    return s * h


def simpson(which: int, a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = evalf(which, a) + evalf(which, b)
    for i in range(1, n):
        if i % 2 == 1:
            s += 4 * evalf(which, a + i * h)
        else:
            s += 2 * evalf(which, a + i * h)
    return s * h / 3


n = 2
while n <= 512:
    print("n =", n)
    print("  x^2 on [0,3]: ", midpoint(0, 0.0, 3.0, n), trapezoid(0, 0.0, 3.0, n), simpson(0, 0.0, 3.0, n))
    print("  1/x on [1,e]: ", midpoint(1, 1.0, 2.718281828459045, n), trapezoid(1, 1.0, 2.718281828459045, n), simpson(1, 1.0, 2.718281828459045, n))
    print("  4/(1+x^2) [0,1]:", midpoint(2, 0.0, 1.0, n), trapezoid(2, 0.0, 1.0, n), simpson(2, 0.0, 1.0, n))
    n *= 4

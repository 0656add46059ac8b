# The logistic map x -> r x (1 - x): fixed points, period doubling and
# chaos. Every operation must be rounded exactly like CPython.


def iterate(r: float, x: float, n: int) -> float:
    for i in range(n):
        x = r * x * (1.0 - x)
    return x


def show_orbit(r: float) -> None:
    x = iterate(r, 0.5, 500)
    print("r =", r, "orbit:", end="")
    for i in range(8):
        x = r * x * (1.0 - x)
        print("", x, end="")
    print()


show_orbit(2.5)
show_orbit(3.2)
show_orbit(3.5)
show_orbit(3.55)
show_orbit(3.9)
print("chaotic trajectory at r = 3.99:")
x = 0.2
for i in range(1, 41):
    x = 3.99 * x * (1.0 - x)
    if i % 2 == 0:
        print(i, x)
print("sensitivity: two nearby starts")
a = 0.3
b = 0.3 + 1e-12
for i in range(1, 61):
    a = 3.99 * a * (1.0 - a)
    b = 3.99 * b * (1.0 - b)
    if i % 10 == 0:
        print(i, a, b, "difference", a - b)

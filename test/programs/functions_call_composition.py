# Many small functions calling one another, with arguments computed by
# nested calls, bool and float parameters and None-returning procedures.


def square(x: int) -> int:
    return x * x


def cube(x: int) -> int:
    return x * square(x)


def add(a: int, b: int) -> int:
    return a + b


def hypot2(a: float, b: float) -> float:
    return a * a + b * b


def clamp(x: float, lo: float, hi: float) -> float:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def pick(flag: bool, a: int, b: int) -> int:
    if flag:
        return a
    return b


def is_between(x: int, lo: int, hi: int) -> bool:
    return lo <= x <= hi


def report(label: int, value: int, ok: bool) -> None:
    print("report", label, "value", value, "ok", ok)


def compose_all(n: int) -> int:
    return add(square(n), add(cube(n), pick(n % 2 == 0, n, -n)))


for i in range(-3, 6):
    v = compose_all(i)
    report(i, v, is_between(v, 0, 100))
print(square(square(square(3))), cube(cube(2)), add(add(1, 2), add(3, add(4, 5))))
print(hypot2(3.0, 4.0), hypot2(0.1, 0.2), clamp(hypot2(1.5, 2.5), 0.0, 5.0))
print(clamp(-1.0, 0.0, 1.0), clamp(0.5, 0.0, 1.0), clamp(7.0, 0.0, 1.0))
print(pick(True, 1, 2), pick(False, 1, 2), pick(is_between(5, 1, 10), square(5), cube(5)))
print(square(10 ** 20), cube(-(10 ** 10)), add(2 ** 64, -(2 ** 64)))
total = 0
for i in range(1, 21):
    total = add(total, pick(is_between(i, 5, 15), square(i), cube(i)))
print("total", total)

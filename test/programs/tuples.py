# Tuples: displays with and without parentheses, unpacking (swaps too),
# constant indexing from either end, nesting, tuples through functions and
# module variables, truth, and printing as CPython does.


def divmod_floor(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def swap(pair: tuple[int, float]) -> tuple[float, int]:
    return pair[1], pair[0]


def norm1(v: tuple[float, float, float]) -> float:
    return abs_f(v[0]) + abs_f(v[1]) + abs_f(v[-1])


def abs_f(x: float) -> float:
    return -x if x < 0 else x


origin = (0.0, 0.0, 0.0)
point = 1.5, -2.25, 3.0
print(origin, point, norm1(point), norm1(origin))

q, r = divmod_floor(-7, 2)
print(q, r, divmod_floor(7, -2), divmod_floor(2 ** 70, 3))

a, b = 1, 2
a, b = b, a
print(a, b)

nested = ((1, True), (2.5, (None, False)), ())
print(nested, nested[1][1], nested[1][1][0], nested[-1])
print((7,), (1, 2), ((),), swap((4, 0.1)))

single = 5,
print(single, single[0] + 1)

if nested[2]:
    print("empty tuple is true?")
else:
    print("empty tuple is false")
if single:
    print("one-tuple is true")

total = 0
for i in range(4):
    pair = (i, i * i)
    total += pair[0] * pair[1]
print("sum of cubes", total)
print(1e300 * 10, -0.0, (1e300 * 10, -0.0, 0.1 + 0.2))

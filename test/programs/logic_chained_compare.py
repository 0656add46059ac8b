# Chained comparisons: a < b < c evaluates b only once and stops early.


def val(v: int) -> int:
    print("  eval", v)
    return v


def fval(v: float) -> float:
    print("  feval", v)
    return v


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 <= 1 < 2, 1 == 1 == 1, 1 == 1 != 1)
print(1 < 2 > 0, 5 > 3 < 4, 0 < 0.5 < 1, -1 < -0.5 <= -0.5)
print("chain with middle evaluated once:")
print(val(1) < val(2) < val(3))
print("chain stops at first false:")
print(val(5) < val(2) < val(3))
print("long chain:")
print(val(1) < val(2) <= val(2) < val(4) != val(5) > val(0))
print("long chain failing in middle:")
print(val(1) < val(2) == val(3) < val(4))
print("mixed int and float:")
print(fval(0.5) < val(1) < fval(1.5))
print(val(2) == fval(2.0) == val(2))

count = 0
for x in range(-5, 15):
    if 0 <= x < 10:
        count += 1
print("values in [0, 10):", count)

for x in range(0, 30, 3):
    if 5 < x <= 20 and x % 2 == 0:
        print(x, "is an even number in (5, 20]")
    elif not 5 < x <= 20:
        print(x, "is outside (5, 20]")
    else:
        print(x, "is odd and inside")

a = 3
b = 3
c = 4
print(a == b < c, a < b == c, a <= b <= c >= a, a != b != c)
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8, 1 < 2 < 3 < 4 < 5 < 6 < 7 < 7)
print(2 ** 100 > 2 ** 99 > 1e29 > 10 ** 29 - 1)

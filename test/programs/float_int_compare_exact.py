# Comparisons between ints and floats are exact in Python even when the
# int cannot be represented as a float.

P53 = 2 ** 53
F53 = 9007199254740992.0


def compare(i: int, f: float) -> None:
    print(i, "vs", f, ": <", i < f, " <=", i <= f, " ==", i == f, " !=", i != f, " >", i > f, " >=", i >= f)


compare(P53, F53)
compare(P53 + 1, F53)
compare(P53 - 1, F53)
compare(P53 + 2, F53 + 2.0)
compare(-P53 - 1, -F53)
compare(10 ** 20, 1e20)
compare(10 ** 22, 1e22)
compare(10 ** 23, 1e23)
compare(2 ** 1000, 1e300)
compare(10 ** 400, 1e308)
compare(-(10 ** 400), -1e308)
compare(0, -0.0)
compare(1, 0.9999999999999999)
compare(1, 1.0000000000000002)
compare(-1, -1.0)
compare(3, 2.9999999999999996)
compare(123456789012345678, 123456789012345678.0)
print("mixed sums compared:")
for k in range(50, 56):
    big = 2 ** k + 1
    as_float = big + 0.0
    print(k, big, as_float, big == as_float, big - 1 == as_float, as_float - big)
print("float of big int then back comparisons:")
x = 3 ** 40
y = x * 1.0
print(x, y, x == y, x < y, x > y)

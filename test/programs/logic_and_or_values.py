# and/or used as values (all operands of the same type), the
# "a and b or c" selection idiom on ints and defaults via or.


def first_nonzero(a: int, b: int, c: int) -> int:
    return a or b or c


def all_nonzero_last(a: int, b: int, c: int) -> int:
    return a and b and c


def default_rate(rate: float) -> float:
    return rate or 0.05


def both(p: bool, q: bool) -> bool:
    return p and q


def either(p: bool, q: bool) -> bool:
    return p or q


for a in range(0, 3):
    for b in range(-1, 2):
        print(a, b, "a or b =", a or b, " a and b =", a and b, " first_nonzero:", first_nonzero(a, b, 7), " all:", all_nonzero_last(a, b, 9))
print(default_rate(0.0), default_rate(0.125), default_rate(-0.0), default_rate(1e-300))
for p in range(2):
    for q in range(2):
        pp = p == 1
        qq = q == 1
        print(pp, qq, both(pp, qq), either(pp, qq), pp and not qq or qq and not pp)
x = 10
y = 0
z = x and 100 or y
print("z =", z)
w = y and 100 or -1
print("w =", w)
flag = x > 5 and y == 0
print("flag =", flag)
big = 0 or 2 ** 80
print("big =", big, 3 ** 50 and 0, 0.0 or 1.5 and 2.5)
count = 0
n = 0
while n < 20:
    n += 1
    if n % 3 == 0 or n % 5 == 0:
        count += n % 3 and n % 5 and 0 or n
print("sum of multiples of 3 or 5 up to 20:", count)

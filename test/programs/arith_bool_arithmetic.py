# Booleans behave like the integers 0 and 1 in arithmetic.


def flag(n: int) -> bool:
    return n % 3 == 0


print(True + True, True - False, True * 7, False * 7, True + 1.5)
print(True / 2, True // 1, True % 2, -True, +True, -False)
print(True ** 10, 2 ** True, 2 ** False, True == 1, False == 0, True == 1.0)
print(True > False, True < 2, False >= 0, True != False)

count = 0
for i in range(30):
    count += flag(i)
print("multiples of 3 below 30:", count)

total = 0
for i in range(20):
    total = total + (i % 2 == 0) * i - (i % 5 == 0)
    print(i, total, i % 2 == 0, i > 10)

b = True
c = False
print(b and c, b or c, not b, not c, b and b, c or c)
print(b + c, b * c, (b + b) * (b + b + b))
t = True
t = not t
print(t)
t = 3 > 2 > 1
print(t)
s = 0
s += True
s += True
s -= False
print("s =", s)

# Operator precedence and associativity checks.

print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4, 2 * (3 + 4))
print(-2 ** 2, (-2) ** 2, -(2 ** 2), 2.0 ** -1, 2 ** -2.0)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(100 - 10 - 5, 100 - (10 - 5))
print(100 // 10 // 3, 100 // (10 // 3))
print(2 * 3 % 4, 2 * (3 % 4), 17 % 5 * 3, 17 % (5 * 3))
print(-7 // 2, -(7 // 2), - -7 // 2, +-7, -+-7)
print(- - -5, + + +5, -(-(-5)))
print(1 + 2 - 3 + 4 - 5 + 6, 1 - 2 * 3 - 4)
print(10 / 4 * 2, 10 / (4 * 2), 10 // 4 * 2)
print(3 + 4 < 8, 3 + (4 < 8), not 1 + 1 == 2, (not 1) + 1 == 2)
print(1 < 2 == 2, 1 < 2 == 3, 1 == 1 != 2)
print(not True == False, (not True) == False)
print(True or False and False, (True or False) and False)
print(-3 % 5, -(3 % 5), -3.0 % 5, -(3.0 % 5))

a = 5
b = 3
c = 2
for i in range(5):
    r = a * b - c ** 2 + a // c - a % b * c
    print("a", a, "b", b, "c", c, "r", r, "neg", -r, "pos", +r)
    a -= 3
    b += 1
    c = -c
x = 2.5
print(-x, +x, -x ** 2, (-x) ** 2, -(-x))

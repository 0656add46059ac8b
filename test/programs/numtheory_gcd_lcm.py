# Euclid's algorithm (iterative and recursive), lcm, and coprime counting.


def gcd(a: int, b: int) -> int:
    if a < 0:
        a = -a
    if b < 0:
        b = -b
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


def gcd_rec(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd_rec(b, a % b)


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def steps_euclid(a: int, b: int) -> int:
    steps = 0
    while b != 0:
        t = a % b
        a = b
        b = t
        steps += 1
    return steps


print(gcd(48, 18), gcd(18, 48), gcd(0, 5), gcd(5, 0), gcd(-12, 18), gcd(12, -18))
print(gcd_rec(1071, 462), gcd_rec(270, 192), gcd_rec(17, 5))
print(lcm(4, 6), lcm(21, 6), lcm(7, 13), lcm(100, 75))

acc = 1
for i in range(1, 31):
    acc = lcm(acc, i)
    print("lcm(1..", i, ") = ", acc, sep="")

print("gcd of big numbers:", gcd(2 ** 100 * 3 ** 20, 2 ** 40 * 3 ** 50 * 5))
print("gcd(fib-like):", gcd(354224848179261915075, 218922995834555169026))
print("steps for consecutive fibs:", steps_euclid(354224848179261915075, 218922995834555169026))

for n in range(1, 13):
    coprime = 0
    for k in range(1, n + 1):
        if gcd(n, k) == 1:
            coprime += 1
    print("numbers coprime to", n, ":", coprime)

total = 0
for a in range(1, 41):
    for b in range(1, 41):
        if gcd(a, b) == 1:
            total += 1
print("coprime pairs in 40x40:", total, "ratio:", total / 1600)

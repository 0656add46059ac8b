# Factorials computed iteratively and recursively, with digit statistics.


def factorial_iter(n: int) -> int:
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def factorial_rec(n: int) -> int:
    if n <= 1:
        return 1
    return n * factorial_rec(n - 1)


def count_digits(n: int) -> int:
    if n == 0:
        return 1
    digits = 0
    while n > 0:
        n //= 10
        digits += 1
    return digits


def trailing_zeros(n: int) -> int:
    zeros = 0
    while n > 0 and n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros


for n in range(0, 31):
    print(n, "! =", factorial_iter(n))

print("30! recursive:", factorial_rec(30))
print("agree:", factorial_iter(30) == factorial_rec(30))
for n in range(40, 101, 20):
    f = factorial_iter(n)
    print(n, "! has", count_digits(f), "digits and", trailing_zeros(f), "trailing zeros")
print("100! =", factorial_iter(100))
print("200!/198! =", factorial_iter(200) // factorial_iter(198))
print("-(50!) // 7 =", -factorial_iter(50) // 7, " -(50!) % 7 =", -factorial_iter(50) % 7)
print("50! % 1000003 =", factorial_iter(50) % 1000003)
print("(-(25!)) // 1000000007 =", -factorial_iter(25) // 1000000007)
print("(-(25!)) % 1000000007 =", -factorial_iter(25) % 1000000007)

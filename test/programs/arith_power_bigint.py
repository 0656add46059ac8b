# Integer exponentiation producing arbitrary-precision results.


def power_by_squaring(base: int, exp: int) -> int:
    result = 1
    while exp > 0:
        if exp % 2 == 1:
            result *= base
        base *= base
        exp //= 2
    return result


print("2**100 =", 2 ** 100)
print("3**200 =", 3 ** 200)
print("10**50 =", 10 ** 50)
print("(-2)**63 =", (-2) ** 63)
print("(-3)**41 =", (-3) ** 41)
print("(-7)**20 =", (-7) ** 20)
print("-2**10 =", -2 ** 10)
print("2**3**2 =", 2 ** 3 ** 2)
print("0**0 =", 0 ** 0)
print("1**1000 =", 1 ** 1000)
print("(-1)**999 =", (-1) ** 999)
print("7**0 =", 7 ** 0)

for e in range(0, 130, 16):
    print("2 **", e, "=", 2 ** e, "squaring:", power_by_squaring(2, e))

print("powers of 10 minus 1:")
for k in range(1, 40, 7):
    print(k, 10 ** k - 1)

x = 5
x **= 3
print("5**3 =", x)
x **= 7
print("(5**3)**7 =", x)
x **= 2
print("squared again =", x)

big = 2 ** 200 - 3 ** 100
print("2**200 - 3**100 =", big)
print("3**100 - 2**200 =", 3 ** 100 - 2 ** 200)
print("equal check:", power_by_squaring(3, 200) == 3 ** 200)
print("2**64 - 1 =", 2 ** 64 - 1, "2**64 =", 2 ** 64, "2**63 =", 2 ** 63)
print("-(2**63) - 1 =", -(2 ** 63) - 1)
print("float powers:", 2.0 ** 10, 2 ** 0.5, 10.0 ** -3, 1.5 ** 2, 2.0 ** 100)

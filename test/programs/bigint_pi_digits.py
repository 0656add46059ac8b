# Computing digits of pi with Machin's formula in fixed-point big integer
# arithmetic, plus sqrt(2) and e to many digits.

DIGITS = 120


def arctan_inv(x: int, scale: int) -> int:
    # arctan(1/x) * scale using the Taylor series
    total = scale // x
    term = total
    x2 = x * x
    n = 1
    sign = -1
    while term != 0:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def isqrt(n: int) -> int:
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def e_fixed(scale: int) -> int:
    total = 0
    term = scale
    k = 0
    while term > 0:
        total += term
        k += 1
        term //= k
    return total


GUARD = 10
scale = 10 ** (DIGITS + GUARD)
pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
print("pi ~", pi // 10 ** GUARD)
print("pi digits 100-119:", pi // 10 ** GUARD % 10 ** 20)
root2 = isqrt(2 * 10 ** (2 * DIGITS))
print("sqrt(2) ~", root2)
e = e_fixed(scale)
print("e ~", e // 10 ** GUARD)
print("float pi from big int:", pi / scale, "float e:", e / scale)
print("float sqrt2:", root2 / 10 ** DIGITS)
for k in range(1, 11):
    print("first", 10 * k, "digits of pi mod 9973:", pi // 10 ** (DIGITS + GUARD + 1 - 10 * k) % 9973)

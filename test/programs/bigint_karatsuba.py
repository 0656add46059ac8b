# Karatsuba multiplication implemented with // and % on powers of ten,
# checked against the built-in product.


def num_digits(n: int) -> int:
    d = 1
    while n >= 10:
        n //= 10
        d += 1
    return d


def karatsuba(x: int, y: int) -> int:
    if x < 10 or y < 10:
        return x * y
    nx = num_digits(x)
    ny = num_digits(y)
    m = nx
    if ny > m:
        m = ny
    half = m // 2
    p = 10 ** half
    hi_x = x // p
    lo_x = x % p
    hi_y = y // p
    lo_y = y % p
    z0 = karatsuba(lo_x, lo_y)
    z2 = karatsuba(hi_x, hi_y)
    z1 = karatsuba(lo_x + hi_x, lo_y + hi_y) - z2 - z0
    return z2 * p * p + z1 * p + z0


def signed_karatsuba(x: int, y: int) -> int:
    neg = False
    if x < 0:
        x = -x
        neg = not neg
    if y < 0:
        y = -y
        neg = not neg
    r = karatsuba(x, y)
    if neg:
        return -r
    return r


a = 3141592653589793238462643383279502884197
b = 2718281828459045235360287471352662497757
print("a * b =", karatsuba(a, b))
print("check:", karatsuba(a, b) == a * b)
x = 1
for k in range(1, 16):
    x = x * 7 + k
    y = 10 ** k - x
    r = signed_karatsuba(x, y)
    print(k, x, y, r, r == x * y)
print(signed_karatsuba(-(2 ** 100), 3 ** 60) == -(2 ** 100) * 3 ** 60)
print(signed_karatsuba(-(10 ** 30 + 7), -(10 ** 25 + 3)))

# Extended Euclid without tuples: the Bezout coefficient is computed by a
# recursive function, then used for modular inverses and the Chinese
# remainder theorem.


def gcd(a: int, b: int) -> int:
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


def bezout_x(a: int, b: int) -> int:
    # returns x such that a*x + b*y = gcd(a, b) for some y
    if b == 0:
        return 1
    x1 = bezout_x(b, a % b)
    y1 = bezout_y(b, a % b)
    return y1


def bezout_y(a: int, b: int) -> int:
    if b == 0:
        return 0
    x1 = bezout_x(b, a % b)
    y1 = bezout_y(b, a % b)
    return x1 - (a // b) * y1


def modinv(a: int, m: int) -> int:
    return bezout_x(a, m) % m


def crt2(r1: int, m1: int, r2: int, m2: int) -> int:
    # solve x = r1 mod m1, x = r2 mod m2 for coprime m1, m2
    inv = modinv(m1 % m2, m2)
    k = (r2 - r1) * inv % m2
    return (r1 + m1 * k) % (m1 * m2)


pairs_a = 240
pairs_b = 46
x = bezout_x(pairs_a, pairs_b)
y = bezout_y(pairs_a, pairs_b)
print("240 *", x, "+ 46 *", y, "=", pairs_a * x + pairs_b * y, "gcd", gcd(pairs_a, pairs_b))
for a in range(1, 17):
    if gcd(a, 17) == 1:
        inv = modinv(a, 17)
        print("inverse of", a, "mod 17 is", inv, "check", a * inv % 17)
print("inverse of 3 mod 1000000007:", modinv(3, 1000000007))
print("inverse of 2**61 mod (2**89 - 1):", modinv(2 ** 61, 2 ** 89 - 1))
print("x = 2 mod 3, x = 3 mod 5:", crt2(2, 3, 3, 5))
print("x = 1 mod 7, x = 6 mod 11:", crt2(1, 7, 6, 11))
acc = 0
mod = 1
primes_r = 0
for p in range(2, 30):
    if gcd(p, 30) == 1 and p > 1:
        is_p = True
        for d in range(2, p):
            if p % d == 0:
                is_p = False
        if is_p:
            acc = crt2(acc, mod, p - 1, p)
            mod *= p
            primes_r += 1
            print("after modulus", p, "x =", acc, "mod", mod)
print("residues combined:", primes_r)
print("negative values:", bezout_x(-35, 15), bezout_y(-35, 15), modinv(-4, 9))

# Euler's totient and the Moebius function via trial factorisation.


def totient(n: int) -> int:
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result


def mobius(n: int) -> int:
    if n == 1:
        return 1
    count = 0
    p = 2
    while p * p <= n:
        if n % p == 0:
            n //= p
            if n % p == 0:
                return 0
            count += 1
        p += 1
    if n > 1:
        count += 1
    if count % 2 == 0:
        return 1
    return -1


for n in range(1, 31):
    print("phi(", n, ") = ", totient(n), "   mu(", n, ") = ", mobius(n), sep="")
total = 0
for n in range(1, 101):
    total += totient(n)
print("sum of phi(1..100) =", total)
mertens = 0
for n in range(1, 1001):
    mertens += mobius(n)
    if n % 100 == 0:
        print("Mertens M(", n, ") = ", mertens, sep="")
print("phi(10**12) =", totient(10 ** 12))
print("phi(999999937) =", totient(999999937))
d_sum = 0
for d in range(1, 361):
    if 360 % d == 0:
        d_sum += totient(d)
print("sum of phi(d) for d | 360 =", d_sum)

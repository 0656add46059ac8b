# Modular exponentiation, Fermat primality test and discrete logarithms.

MOD = 1000000007


def modpow(base: int, exp: int, mod: int) -> int:
    result = 1
    base %= mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp //= 2
    return result


def modpow_rec(base: int, exp: int, mod: int) -> int:
    if exp == 0:
        return 1 % mod
    half = modpow_rec(base, exp // 2, mod)
    sq = half * half % mod
    if exp % 2 == 1:
        return sq * (base % mod) % mod
    return sq


def fermat_probable_prime(n: int) -> bool:
    if n < 4:
        return n == 2 or n == 3
    for a in range(2, 7):
        if modpow(a, n - 1, n) != 1:
            return False
    return True


def discrete_log(g: int, h: int, p: int) -> int:
    x = 0
    cur = 1
    while x < p:
        if cur == h:
            return x
        cur = cur * g % p
        x += 1
    return -1


print("2^10 mod 1000 =", modpow(2, 10, 1000))
print("3^200 mod MOD =", modpow(3, 200, MOD), (3 ** 200) % MOD)
print("2^(10^18) mod MOD =", modpow(2, 10 ** 18, MOD))
print("rec: 2^(10^18) mod MOD =", modpow_rec(2, 10 ** 18, MOD))
print("7^(MOD-1) mod MOD =", modpow(7, MOD - 1, MOD))
print("inverse of 12345 mod MOD =", modpow(12345, MOD - 2, MOD))
print("check:", 12345 * modpow(12345, MOD - 2, MOD) % MOD)
print("negative base: (-3)^5 mod 7 =", modpow(-3, 5, 7), ((-3) ** 5) % 7)
print("big modulus:", modpow(3, 10 ** 30, 2 ** 127 - 1))
for n in range(90, 120):
    print(n, "probable prime:", fermat_probable_prime(n))
print("Carmichael 561 passes base-2 test:", modpow(2, 560, 561) == 1, "full test:", fermat_probable_prime(561))
print("2^89-1 probable prime:", fermat_probable_prime(2 ** 89 - 1))
print("2^91-1 probable prime:", fermat_probable_prime(2 ** 91 - 1))
for h in range(1, 12):
    print("log_3(", h, ") mod 17 =", discrete_log(3, h, 17))

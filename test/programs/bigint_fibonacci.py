# Fibonacci numbers: iterative big ints, and some identities.


def fib(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a


def fib_mod(n: int, m: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        t = (a + b) % m
        a = b
        b = t
    return a


def fib_slow(n: int) -> int:
    if n < 2:
        return n
    return fib_slow(n - 1) + fib_slow(n - 2)


for n in range(0, 20):
    print("fib(", n, ") =", fib(n), sep="")
for n in range(20, 151, 10):
    print("fib(", n, ") = ", fib(n), sep="")

print("fib(150) =", fib(150))
print("fib_slow(18) =", fib_slow(18), "matches:", fib_slow(18) == fib(18))

# Cassini's identity: F(n-1)*F(n+1) - F(n)^2 = (-1)^n
for n in range(95, 101):
    lhs = fib(n - 1) * fib(n + 1) - fib(n) * fib(n)
    print("Cassini n =", n, "->", lhs)

# gcd(F(m), F(n)) = F(gcd(m, n))
print("fib(120) % fib(40) =", fib(120) % fib(40))
print("fib(150) mod 1000000007 =", fib_mod(150, 1000000007), fib(150) % 1000000007)
print("ratio fib(80)/fib(79) =", fib(80) / fib(79))
print("negated:", -fib(140), -fib(140) // 1000, -fib(140) % 1000)

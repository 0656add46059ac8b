# Prime numbers via trial division: listing, counting, twin primes,
# Goldbach decompositions and prime factorisation.


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    d = 5
    while d * d <= n:
        if n % d == 0 or n % (d + 2) == 0:
            return False
        d += 6
    return True


def print_factors(n: int) -> None:
    print(n, "=", end=" ")
    first = True
    d = 2
    while d * d <= n:
        while n % d == 0:
            if not first:
                print(" *", end=" ")
            print(d, end="")
            first = False
            n //= d
        d += 1
    if n > 1:
        if not first:
            print(" *", end=" ")
        print(n, end="")
    print()


count = 0
for n in range(2, 200):
    if is_prime(n):
        print(n, end=" ")
        count += 1
print()
print("primes below 200:", count)

limit = 10
while limit <= 100000:
    c = 0
    for n in range(limit):
        if is_prime(n):
            c += 1
    print("pi(", limit, ") = ", c, sep="")
    limit *= 10

print("twin primes below 300:")
for p in range(3, 300, 2):
    if is_prime(p) and is_prime(p + 2):
        print("(", p, ", ", p + 2, ")", sep="", end=" ")
print()

for even in range(4, 60, 6):
    for p in range(2, even):
        if is_prime(p) and is_prime(even - p):
            print(even, "=", p, "+", even - p)
            break

print_factors(360)
print_factors(9973)
print_factors(1001)
print_factors(2 ** 31 - 1)
print_factors(600851475143)
print_factors(123456789)
print_factors(1000000007 * 3)
print("largest prime below 10**6:", end=" ")
m = 10 ** 6 - 1
while not is_prime(m):
    m -= 2
print(m)

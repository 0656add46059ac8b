# Trial division, loops with break and continue, and print's sep/end.

def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


count = 0
for candidate in range(2, 100):
    if not is_prime(candidate):
        continue
    print(candidate, end=" ")
    count += 1
print()
print("primes below 100:", count, sep=" ")

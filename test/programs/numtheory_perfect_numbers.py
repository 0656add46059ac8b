# Perfect, abundant and deficient numbers; amicable pairs.


def sum_proper_divisors(n: int) -> int:
    if n < 2:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            other = n // d
            if other != d:
                total += other
        d += 1
    return total


def classify(n: int) -> None:
    s = sum_proper_divisors(n)
    if s == n:
        print(n, "is perfect")
    elif s > n:
        print(n, "is abundant by", s - n)
    else:
        print(n, "is deficient by", n - s)


for n in range(1, 31):
    classify(n)

print("perfect numbers below 10000:")
for n in range(2, 10000):
    if sum_proper_divisors(n) == n:
        print("  ", n)

print("amicable pairs below 3000:")
for a in range(2, 3000):
    b = sum_proper_divisors(a)
    if b > a and sum_proper_divisors(b) == a:
        print("  ", a, b)

abundant = 0
deficient = 0
perfect = 0
for n in range(1, 2001):
    s = sum_proper_divisors(n)
    if s > n:
        abundant += 1
    elif s < n:
        deficient += 1
    else:
        perfect += 1
print("1..2000: abundant", abundant, "deficient", deficient, "perfect", perfect)
print("Euclid perfect from 2^31-1:", 2 ** 30 * (2 ** 31 - 1))

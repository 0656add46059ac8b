# Digit manipulations: sums, digital roots, reversals, Armstrong numbers
# and Harshad numbers.


def digit_sum(n: int) -> int:
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def digital_root(n: int) -> int:
    while n >= 10:
        n = digit_sum(n)
    return n


def count_digits(n: int) -> int:
    c = 0
    while n > 0:
        c += 1
        n //= 10
    return c


def is_armstrong(n: int) -> bool:
    k = count_digits(n)
    total = 0
    m = n
    while m > 0:
        total += (m % 10) ** k
        m //= 10
    return total == n


def is_harshad(n: int) -> bool:
    return n % digit_sum(n) == 0


for n in range(0, 200, 13):
    print(n, "digit sum", digit_sum(n), "root", digital_root(n))
print("digit sum of 3**300:", digit_sum(3 ** 300), "root:", digital_root(3 ** 300))
print("Armstrong numbers below 100000:")
for n in range(1, 100000):
    if is_armstrong(n):
        print(" ", n)
print("Harshad numbers up to 100:")
for n in range(1, 101):
    if is_harshad(n):
        print(n, end=",")
print()
print("numbers whose digit sum is 20, below 400:", end=" ")
for n in range(400):
    if digit_sum(n) == 20:
        print(n, end=" ")
print()

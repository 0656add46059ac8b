# Sorting the digits of a number without lists: counting digits with
# arithmetic, then Kaprekar's routine and digit permutations checks.


def count_digit(n: int, d: int) -> int:
    c = 0
    while n > 0:
        if n % 10 == d:
            c += 1
        n //= 10
    return c


def sort_digits_asc(n: int, width: int) -> int:
    # zeros padded up to width count as digits too
    result = 0
    total = 0
    for d in range(10):
        c = count_digit(n, d)
        if d == 0:
            m = n
            digits = 0
            while m > 0:
                digits += 1
                m //= 10
            c += width - digits
        for i in range(c):
            result = result * 10 + d
            total += 1
    return result


def sort_digits_desc(n: int, width: int) -> int:
    result = 0
    for d in range(9, -1, -1):
        c = count_digit(n, d)
        if d == 0:
            m = n
            digits = 0
            while m > 0:
                digits += 1
                m //= 10
            c += width - digits
        for i in range(c):
            result = result * 10 + d
    return result


def same_digits(a: int, b: int) -> bool:
    for d in range(10):
        if count_digit(a, d) != count_digit(b, d):
            return False
    return True


print(sort_digits_asc(3141592653, 10), sort_digits_desc(3141592653, 10))
print(sort_digits_asc(1000, 4), sort_digits_desc(1000, 4), sort_digits_asc(7, 3))
n = 3524
for step in range(8):
    hi = sort_digits_desc(n, 4)
    lo = sort_digits_asc(n, 4)
    print("step", step, ":", hi, "-", lo, "=", hi - lo)
    n = hi - lo
    if n == 6174:
        print("reached Kaprekar's constant")
        break
for x in range(100000, 200000):
    if same_digits(x, 2 * x) and same_digits(x, 3 * x) and same_digits(x, 4 * x) and same_digits(x, 5 * x) and same_digits(x, 6 * x):
        print("permuted multiples:", x, 2 * x, 3 * x, 4 * x, 5 * x, 6 * x)
        break

# Returning from inside nested loops and from deep inside if/elif chains.


def find_sum_of_two_squares(n: int) -> int:
    # returns a where a*a + b*b == n with a <= b, or -1
    a = 0
    while a * a * 2 <= n:
        b = a
        while a * a + b * b <= n:
            if a * a + b * b == n:
                return a
            b += 1
        a += 1
    return -1


def first_repeat_digit(n: int) -> int:
    # first digit (from the right) that appears again further left
    m = n
    while m > 0:
        d = m % 10
        rest = m // 10
        while rest > 0:
            if rest % 10 == d:
                return d
            rest //= 10
        m //= 10
    return -1


def classify_triangle(a: int, b: int, c: int) -> int:
    if a <= 0 or b <= 0 or c <= 0:
        return 0
    if a + b <= c or a + c <= b or b + c <= a:
        return 0
    if a == b == c:
        return 3
    elif a == b or b == c or a == c:
        return 2
    else:
        if a * a + b * b == c * c:
            return 4
        return 1


def log_and_return(x: int) -> None:
    if x < 0:
        print("negative, returning early")
        return
    for i in range(x):
        if i * i > x:
            print("i =", i, "exceeds sqrt of", x)
            return
    print("loop finished for", x)


for n in range(0, 60, 5):
    print(n, "= a^2 + b^2 with a =", find_sum_of_two_squares(n))
for n in range(1, 80, 7):
    print(n, "a =", find_sum_of_two_squares(n))
print(first_repeat_digit(1234567890), first_repeat_digit(1213), first_repeat_digit(98765456789), first_repeat_digit(7))
print(classify_triangle(3, 4, 5), classify_triangle(2, 2, 2), classify_triangle(2, 2, 3), classify_triangle(1, 2, 3), classify_triangle(4, 5, 6), classify_triangle(-1, 2, 2))
log_and_return(-5)
log_and_return(2)
log_and_return(30)
log_and_return(0)

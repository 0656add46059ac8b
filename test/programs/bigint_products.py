# Large products, digit sums of huge numbers and repunits.


def digit_sum(n: int) -> int:
    s = 0
    if n < 0:
        n = -n
    while n > 0:
        s += n % 10
        n //= 10
    return s


def num_digits(n: int) -> int:
    d = 1
    while n >= 10:
        n //= 10
        d += 1
    return d


def repunit(k: int) -> int:
    r = 0
    for i in range(k):
        r = r * 10 + 1
    return r


print("digit sum of 2**1000:", digit_sum(2 ** 1000))
print("digits of 2**1000:", num_digits(2 ** 1000))
print("digit sum of 100!: ", end="")
p = 1
for i in range(1, 101):
    p *= i
print(digit_sum(p))

for k in range(1, 12):
    r = repunit(k)
    print("R(", k, ")^2 = ", r * r, sep="")
print("R(30) * 9 + 1 =", repunit(30) * 9 + 1)

prod = 1
for i in range(1, 40, 3):
    prod *= 1000003 * i - 17
    print("partial product", i, prod)
print("negative product:", prod * -123456789)
print("square of negative:", (-prod) * (-prod) == prod * prod)
print("difference of squares:", (prod + 1) * (prod - 1) - prod * prod)

m = 12345678901234567890
n = 98765432109876543210
print(m * n)
print(m * n - n * m, (m + n) * (m - n), m * m - n * n)

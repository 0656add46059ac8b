# Binomial coefficients and Catalan numbers with big integers.


def binomial(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    if k > n - k:
        k = n - k
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def catalan(n: int) -> int:
    return binomial(2 * n, n) // (n + 1)


print("Pascal's triangle:")
for n in range(12):
    for k in range(n + 1):
        print(binomial(n, k), end=" ")
    print()

print("Catalan numbers:")
for n in range(0, 25):
    print(n, catalan(n))
print("C(100, 50) =", binomial(100, 50))
print("C(200, 100) =", binomial(200, 100))
print("catalan(60) =", catalan(60))
row_total = 0
for k in range(0, 61):
    row_total += binomial(60, k)
print("sum of row 60:", row_total, "== 2**60:", row_total == 2 ** 60)
alt = 0
sign = 1
for k in range(0, 41):
    alt += sign * binomial(40, k)
    sign = -sign
print("alternating sum of row 40:", alt)

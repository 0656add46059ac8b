# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# Ints are unbounded: factorials, powers of two, negative big numbers, big
# floor division and modulo, and results crossing the small/big boundary (2**62).
# The expected output below is CPython's.

def factorial(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(30))
print(2 ** 100, -(2 ** 100), 2 ** 64 - 1)
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3)
print(big * -big)
print(-123456789012345678901234567890 + 123456789012345678901234567891)
print(factorial(25) // factorial(23), factorial(20) - factorial(20))
x = 4611686018427387903
print(x + 1, -x - 2, x * 2, x * x)
print(2 ** 62, -(2 ** 62), (2 ** 62) // -1)
print(big / 10 ** 20, factorial(30) == factorial(30), factorial(30) < factorial(31))

# CHECK: 265252859812191058636308480000000
# CHECK-NEXT: 1267650600228229401496703205376 -1267650600228229401496703205376 18446744073709551615
# CHECK-NEXT: 333333333333333333333333333335 2 -333333333333333333333333333336 1
# CHECK-NEXT: -1000000000000000000000000000014000000000000000000000000000049
# CHECK-NEXT: 1
# CHECK-NEXT: 600 0
# CHECK-NEXT: 4611686018427387904 -4611686018427387905 9223372036854775806 21267647932558653957237540927630737409
# CHECK-NEXT: 4611686018427387904 -4611686018427387904 -4611686018427387904
# CHECK-NEXT: 10000000000.0 True True
# CHECK-NOT: {{.}}

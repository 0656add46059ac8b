# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# Floats print as CPython's repr(): shortest round-trip digits, exponent form
# from 1e16 and below 1e-4, -0.0, inf, nan.
# The expected output below is CPython's.

print(1e16, 1e15, 123456789012345678.0)
print(1e-05, 0.0001, 1.5e-7)
print(-0.0, 0.0, -0.0 == 0.0)
big = 1e308
inf = big * 10.0
print(inf, -inf)
nan = inf - inf
print(nan, nan == nan, nan != nan)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4)
print(1e22, 1e23, 5e-324, 1.7976931348623157e308)
print(100.0, 3.0 * 1.1, 2.5 ** 2, 1 / 7)

# CHECK: 1e+16 1000000000000000.0 1.2345678901234568e+17
# CHECK-NEXT: 1e-05 0.0001 1.5e-07
# CHECK-NEXT: -0.0 0.0 True
# CHECK-NEXT: inf -inf
# CHECK-NEXT: nan False True
# CHECK-NEXT: 0.30000000000000004 0.3333333333333333 0.6666666666666666 2.5
# CHECK-NEXT: 1e+22 1e+23 5e-324 1.7976931348623157e+308
# CHECK-NEXT: 100.0 3.3000000000000003 6.25 0.14285714285714285
# CHECK-NOT: {{.}}

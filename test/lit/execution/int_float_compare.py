# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# int/float comparisons are exact, as in CPython: 2**53 + 1 != 2.0**53 although
# float(2**53 + 1) == 2.0**53; ints beyond the double range; NaN compares false.
# The expected output below is CPython's.

big = 2 ** 53 + 1
f = 9007199254740992.0
print(big == f, big > f, big - 1 == f, f < big)
print(2 ** 53 == f, big != f, f != big)
huge = 10 ** 400
print(huge > 1e308, huge < 1e308 * 10.0, -huge < -1e308)
print(1 == 1.0, 3 < 2.5, -3 < -2.5, 0 == -0.0)
nan = 1e308 * 10.0 - 1e308 * 10.0
print(nan == 1, nan != 1, 1 < nan, nan >= 0)
print(2 ** 63 == 9223372036854775808.0, 2 ** 63 - 1 < 9223372036854775808.0)
print(True == 1.0, False < 0.5)

# CHECK: False True True True
# CHECK-NEXT: True True True
# CHECK-NEXT: True True True
# CHECK-NEXT: True False True True
# CHECK-NEXT: False True False False
# CHECK-NEXT: True True
# CHECK-NEXT: True True
# CHECK-NOT: {{.}}

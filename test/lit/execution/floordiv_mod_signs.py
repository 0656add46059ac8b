# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# // and % follow the sign rules of Python (floor toward -inf, the remainder has
# the divisor's sign), for small ints, the smallest small int, and floats.
# The expected output below is CPython's.

def show(a: int, b: int) -> None:
    print(a, b, a // b, a % b)

show(7, 2)
show(-7, 2)
show(7, -2)
show(-7, -2)
show(6, -3)
show(-6, 3)
show(0, -5)
show(-1, 1000000)
show(-4611686018427387904, -1)
print(7.5 // 2.0, -7.5 // 2.0, 7.5 % -2.0, -7.5 % 2.0)
print(-1.0 % 1e300, 6.0 % -4.0, -0.0 // 1.0)

# CHECK: 7 2 3 1
# CHECK-NEXT: -7 2 -4 1
# CHECK-NEXT: 7 -2 -4 -1
# CHECK-NEXT: -7 -2 3 -1
# CHECK-NEXT: 6 -3 -2 0
# CHECK-NEXT: -6 3 -2 0
# CHECK-NEXT: 0 -5 0 0
# CHECK-NEXT: -1 1000000 -1 999999
# CHECK-NEXT: -4611686018427387904 -1 4611686018427387904 0
# CHECK-NEXT: 3.0 -4.0 -0.5 0.5
# CHECK-NEXT: 1e+300 -2.0 -0.0
# CHECK-NOT: {{.}}

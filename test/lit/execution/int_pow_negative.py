# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# int ** (negative literal) is a float, as in Python; int ** non-negative int
# stays an int; float ** float.
# The expected output below is CPython's.

print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** -3, 4 ** -1)
x = 5
print(x ** -1, x ** 2, x ** 0)
print(2 ** 10, (-3) ** 3, 0 ** 0)
print(2.0 ** 0.5, 9 ** 0.5, (-8) ** 2)

# CHECK: 0.5 0.25 0.001
# CHECK-NEXT: -0.125 0.25
# CHECK-NEXT: 0.2 25 1
# CHECK-NEXT: 1024 -27 1
# CHECK-NEXT: 1.4142135623730951 3.0 64
# CHECK-NOT: {{.}}

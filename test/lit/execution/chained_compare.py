# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# `a < b < c` evaluates b once and stops at the first false comparison.
# The expected output below is CPython's.

calls = 0

def mid(x: int) -> int:
    print("mid", x)
    return x

def low() -> int:
    print("low")
    return 1

print(low() < mid(5) < 10)
print(low() < mid(0) < 10)
print(1 < mid(20) < 10)
print(1 <= 1 < 2 <= 2 > 1 != 3 == 3)
print(3 > 2 > 1, 1 < 3 < 2, 1.5 < 2 < 2.5)
x = 5
if 0 < x <= 5:
    print("in range")
if not 0 < x < 5:
    print("out")

# CHECK: low
# CHECK-NEXT: mid 5
# CHECK-NEXT: True
# CHECK-NEXT: low
# CHECK-NEXT: mid 0
# CHECK-NEXT: False
# CHECK-NEXT: mid 20
# CHECK-NEXT: False
# CHECK-NEXT: True
# CHECK-NEXT: True False True
# CHECK-NEXT: in range
# CHECK-NEXT: out
# CHECK-NOT: {{.}}

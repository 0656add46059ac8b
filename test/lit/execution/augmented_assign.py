# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# Augmented assignment for every arithmetic operator, on ints, floats (with an
# int or bool right operand), locals and module variables.
# The expected output below is CPython's.

x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 3
print(x)
y = 7.5
y += 1
print(y)
y /= 2
print(y)
y //= 2.0
print(y)
y %= 0.75
print(y)
y **= 2
print(y)
z = 3.0
z -= True
print(z)

def count(n: int) -> int:
    total = 0
    i = 0
    while i < n:
        total += i * i
        i += 1
    return total

print(count(100))
big = 2
big **= 100
big += 1
print(big)

# CHECK: 15
# CHECK-NEXT: -5
# CHECK-NEXT: 15
# CHECK-NEXT: 3
# CHECK-NEXT: 3
# CHECK-NEXT: 27
# CHECK-NEXT: 8.5
# CHECK-NEXT: 4.25
# CHECK-NEXT: 2.0
# CHECK-NEXT: 0.5
# CHECK-NEXT: 0.25
# CHECK-NEXT: 2.0
# CHECK-NEXT: 328350
# CHECK-NEXT: 1267650600228229401496703205377
# CHECK-NOT: {{.}}

# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# Functions read module variables at call time (a later assignment is seen).
# The expected output below is CPython's.

scale = 3
offset = 0.5

def scaled(x: int) -> int:
    return x * scale

def shifted(x: float) -> float:
    return x + offset

print(scaled(7), shifted(1.0))
scale = 10
print(scaled(7))
counter = 0
for i in range(5):
    counter += scaled(i)
print(counter)

# CHECK: 21 1.5
# CHECK-NEXT: 70
# CHECK-NEXT: 100
# CHECK-NOT: {{.}}

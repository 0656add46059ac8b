# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# range() with negative steps, empty ranges, variable steps, and reassigning the
# loop variable in the body (which does not change the iteration).
# The expected output below is CPython's.

for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(-1, -10, -2):
    print(i, end=" ")
print()
for i in range(0, 5, -1):
    print("never")
for i in range(5, 5):
    print("never")
for i in range(3):
    print(i, end=",")
print()

def walk(a: int, b: int, s: int) -> int:
    total = 0
    count = 0
    for i in range(a, b, s):
        total += i
        count += 1
    print(a, b, s, "->", count, total)
    return total

walk(0, 10, 3)
walk(10, 0, -3)
walk(10, 0, 3)
walk(-5, 5, 1)
walk(100, -100, -7)
# The loop may not run, so AIthon needs `i` assigned before it to read it after.
i = -1
for i in range(3):
    i = i * 10
    print(i, end=" ")
print()

# CHECK: 10 7 4 1
# CHECK-NEXT: -1 -3 -5 -7 -9
# CHECK-NEXT: 0,1,2,
# CHECK-NEXT: 0 10 3 -> 4 18
# CHECK-NEXT: 10 0 -3 -> 4 22
# CHECK-NEXT: 10 0 3 -> 0 0
# CHECK-NEXT: -5 5 1 -> 10 -5
# CHECK-NEXT: 100 -100 -7 -> 29 58
# CHECK-NEXT: 0 10 20
# CHECK-NOT: {{.}}

# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# break and continue in for and while loops, the else clauses of loops, and
# break in a nested loop (leaves only the inner one).
# The expected output below is CPython's.

for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)

n = 0
while True:
    n += 1
    if n < 3:
        continue
    if n == 5:
        break
    print("n", n)

for i in range(3):
    if i == 10:
        break
else:
    print("for-else ran")

for i in range(3):
    if i == 1:
        break
else:
    print("not printed")

k = 0
while k < 3:
    k += 1
else:
    print("while-else", k)

for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)

# CHECK: odd 1
# CHECK-NEXT: odd 3
# CHECK-NEXT: odd 5
# CHECK-NEXT: odd 7
# CHECK-NEXT: n 3
# CHECK-NEXT: n 4
# CHECK-NEXT: for-else ran
# CHECK-NEXT: while-else 3
# CHECK-NEXT: 0 0
# CHECK-NEXT: 1 0
# CHECK-NEXT: 2 0
# CHECK-NOT: {{.}}

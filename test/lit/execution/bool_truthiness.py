# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# bools are ints in arithmetic (True + True == 2); truth of ints, floats (-0.0
# is false, 1e-300 is true) and None; conditional expressions.
# The expected output below is CPython's.

print(True + True, True * 3, False - 1, -True)
print(True / 2, 1.5 * True, True // 1)
print(not 0, not 5, not 0.0, not -0.0, not None, not 1e-300)
x = 0
if x:
    print("no")
elif 0.0:
    print("no")
elif None:
    print("no")
else:
    print("all falsy")
print(True and 3 == 3, (1 < 2) == True, True < 2)
print(1 if 0.0 else 2, 3 if -1 else 4)

# CHECK: 2 3 -1 -1
# CHECK-NEXT: 0.5 1.5 1
# CHECK-NEXT: True False True True True False
# CHECK-NEXT: all falsy
# CHECK-NEXT: True True True
# CHECK-NEXT: 2 3
# CHECK-NOT: {{.}}

# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# `and`/`or` evaluate the right operand only when needed, and return an operand
# (not a bool); side effects show the evaluation order.
# The expected output below is CPython's.

def t(label: int) -> bool:
    print("t", label)
    return True

def f(label: int) -> bool:
    print("f", label)
    return False

def v(x: int) -> int:
    print("v", x)
    return x

print("and:", f(1) and t(2))
print("or:", t(3) or f(4))
print("mixed:", f(5) or t(6) and f(7))
if f(8) and t(9):
    print("no")
else:
    print("else")
print("value:", v(0) or v(5), v(3) and v(0), v(2) and v(7))
print("not:", not (t(10) and f(11)))

# CHECK: f 1
# CHECK-NEXT: and: False
# CHECK-NEXT: t 3
# CHECK-NEXT: or: True
# CHECK-NEXT: f 5
# CHECK-NEXT: t 6
# CHECK-NEXT: f 7
# CHECK-NEXT: mixed: False
# CHECK-NEXT: f 8
# CHECK-NEXT: else
# CHECK-NEXT: v 0
# CHECK-NEXT: v 5
# CHECK-NEXT: v 3
# CHECK-NEXT: v 0
# CHECK-NEXT: v 2
# CHECK-NEXT: v 7
# CHECK-NEXT: value: 5 0 7
# CHECK-NEXT: t 10
# CHECK-NEXT: f 11
# CHECK-NEXT: not: True
# CHECK-NOT: {{.}}

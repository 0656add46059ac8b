# RUN: %aithon %s -o %t
# RUN: not %t 2>&1 | filecheck --match-full-lines %s
# RUN: %expect-exit 1 %t
# Float division by zero raises instead of giving inf.
# The messages are CPython's last traceback line; the exit status is 1.

def inverse(x: float) -> float:
    return 1.0 / x

print(inverse(4.0))
print(inverse(-0.0))

# CHECK: 0.25
# CHECK-NEXT: ZeroDivisionError: float division by zero
# CHECK-NOT: {{.}}

# RUN: %aithon %s -o %t
# RUN: not %t 2>&1 | filecheck --match-full-lines %s
# RUN: %expect-exit 1 %t
# int % 0 has its own message (CPython 3.11).
# The messages are CPython's last traceback line; the exit status is 1.

def rem(a: int, b: int) -> int:
    return a % b

print(rem(-7, 3))
print(rem(10 ** 30, 0))

# CHECK: 2
# CHECK-NEXT: ZeroDivisionError: integer modulo by zero
# CHECK-NOT: {{.}}

# RUN: %aithon %s -o %t
# RUN: not %t 2>&1 | filecheck %s
# RUN: %expect-exit 1 %t
# RUN: not %t 2>/dev/null | filecheck --check-prefix=STDOUT %s
# Integer division by zero raises ZeroDivisionError: the message goes to
# stderr, the exit status is 1 (as for an uncaught exception in CPython), and
# what was printed before is flushed to stdout.

def divide(a: int, b: int) -> int:
    return a // b

print("before")
print(divide(7, 7 - 7))
print("not reached")

# CHECK: before
# CHECK-NEXT: ZeroDivisionError: integer division or modulo by zero
# CHECK-NOT: not reached
# STDOUT: before
# STDOUT-NOT: ZeroDivisionError
# STDOUT-NOT: not reached

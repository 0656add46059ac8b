# RUN: %aithon %s -o %t
# RUN: not %t 2>&1 | filecheck --match-full-lines %s
# RUN: %expect-exit 1 %t
# Float ** overflow raises OverflowError with CPython's message.
# The messages are CPython's last traceback line; the exit status is 1.

def power(b: float, e: float) -> float:
    return b ** e

print(power(10.0, 2.0))
print(power(10.0, 400.0))

# CHECK: 100.0
# CHECK-NEXT: OverflowError: (34, 'Numerical result out of range')
# CHECK-NOT: {{.}}

# RUN: %aithon %s -o %t
# RUN: not %t 2>&1 | filecheck --match-full-lines %s
# RUN: %expect-exit 1 %t
# range() with a step that is zero at run time: ValueError.
# The messages are CPython's last traceback line; the exit status is 1.

def count(step: int) -> int:
    n = 0
    for i in range(0, 10, step):
        n += 1
    return n

print(count(3))
print(count(0))

# CHECK: 4
# CHECK-NEXT: ValueError: range() arg 3 must not be zero
# CHECK-NOT: {{.}}

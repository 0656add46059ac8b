# RUN: %aithon %s -o %t
# RUN: not %t 2>&1 | filecheck --match-full-lines %s
# RUN: %expect-exit 1 %t
# A function reading a module variable that is not assigned yet: NameError.
# The messages are CPython's last traceback line; the exit status is 1.

def get() -> int:
    return late

print("start")
print(get())
late = 1

# CHECK: start
# CHECK-NEXT: NameError: name 'late' is not defined
# CHECK-NOT: {{.}}

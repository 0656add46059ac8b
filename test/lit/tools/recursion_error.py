# RUN: %aithon %s -o %t
# RUN: %expect-exit 1 %t > %t.out 2> %t.err
# RUN: filecheck --check-prefix=OUT %s < %t.out
# RUN: filecheck --check-prefix=ERR %s < %t.err
# Recursing past the stack limit is CPython's RecursionError, not a crash: the
# output printed so far is flushed, the error goes to stderr, exit status 1.

def depth(n: int) -> int:
    if n == 0:
        return 0
    d = depth(n - 1)  # not a tail call (see tail_recursion_deep.py): the frame waits
    return d + 1

print("start")
print(depth(1000000000))

# OUT: start
# OUT-NOT: {{.}}
# ERR: RecursionError: maximum recursion depth exceeded
# ERR-NOT: {{.}}

# RUN: %aithon %s -o %t && %t | filecheck %s
# py-tail-recursion turns these into loops, so ten million levels run in
# constant stack: without the pass each would end in RecursionError (a frame
# per level is far more than an actor's 7.5 MiB stack).  CPython itself stops
# at its recursion limit of 1000, so this is not a differential test.

def sum_to(n: int) -> int:
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def count(n: int, acc: int) -> int:
    if n == 0:
        return acc
    return count(n - 1, acc + 2)


def alternating(n: int) -> int:
    # * on ints accumulates too: (-1) ** n, one level per factor.
    if n == 0:
        return 1
    return -1 * alternating(n - 1)


print(sum_to(10000000))
print(count(10000000, 0))
print(alternating(10000001))
# CHECK: 50000005000000
# CHECK-NEXT: 20000000
# CHECK-NEXT: -1

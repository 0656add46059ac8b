# Integer loop kernel: measures a tight `for i in range(N)` loop doing
# integer multiply, floor division, modulo, compare and branch.  All values
# stay non-negative (so Python's floor // and % agree with C's truncating
# ones) and far below 2**62 (so C's int64_t gives the same result).


N = 100000000


def kernel(n: int) -> int:
    total = 0
    acc = 1
    for i in range(n):
        total = total + (i * i) % 7
        # a loop-carried linear congruential mix: keeps the C compiler from
        # vectorising the loop away or replacing it with a closed form
        acc = (acc * 31 + i // 3) % 1000003
        if acc % 4 == 1:
            total = total + acc // 1000
        elif acc % 4 == 3:
            total = total + 1
    return total * 1000 + acc


print(kernel(N))

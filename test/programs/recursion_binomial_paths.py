# Plain recursion for combinatorial counts: binomials via Pascal's rule,
# lattice paths, partitions and compositions.


def binom(n: int, k: int) -> int:
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


def paths(right: int, down: int) -> int:
    if right == 0 or down == 0:
        return 1
    return paths(right - 1, down) + paths(right, down - 1)


def partitions(n: int, largest: int) -> int:
    # number of ways to write n as a sum of parts each <= largest
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


def stairs(n: int) -> int:
    # ways to climb n stairs taking 1, 2 or 3 steps at a time
    if n < 0:
        return 0
    if n == 0:
        return 1
    return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)


for n in range(0, 10):
    for k in range(0, n + 1):
        print(binom(n, k), end=" ")
    print()
for size in range(1, 9):
    print("lattice paths in", size, "x", size, "grid:", paths(size, size))
for n in range(1, 31, 3):
    print("p(", n, ") = ", partitions(n, n), sep="")
for n in range(0, 20):
    print("stairs(", n, ") = ", stairs(n), sep="", end="; ")
print()

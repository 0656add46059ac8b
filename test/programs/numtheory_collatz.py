# Collatz sequences: lengths, peaks and record holders.


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def collatz_peak(n: int) -> int:
    peak = n
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        if n > peak:
            peak = n
    return peak


def print_sequence(n: int) -> None:
    print(n, end="")
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        print(" ->", n, end="")
    print()


print_sequence(6)
print_sequence(7)
print_sequence(27 // 3)
for n in range(1, 21):
    print("n =", n, "steps =", collatz_steps(n), "peak =", collatz_peak(n))

best = 0
best_n = 0
for n in range(1, 10000):
    s = collatz_steps(n)
    if s > best:
        best = s
        best_n = n
        print("new record:", n, "takes", s, "steps")
print("longest below 10000:", best_n, "with", best, "steps, peak", collatz_peak(best_n))
big = 2 ** 100 + 1
print("steps for 2**100+1:", collatz_steps(big), "peak:", collatz_peak(big))

# Multiplication and addition tables with running totals.
SIZE = 9


def print_row(n: int, width: int) -> None:
    for j in range(1, width + 1):
        print(n * j, end=" ")
    print()


def row_sum(n: int, width: int) -> int:
    total = 0
    for j in range(1, width + 1):
        total += n * j
    return total


print("Multiplication table", SIZE, "x", SIZE)
for i in range(1, SIZE + 1):
    print_row(i, SIZE)

print("Row sums:")
grand = 0
for i in range(1, SIZE + 1):
    s = row_sum(i, SIZE)
    grand += s
    print("row", i, "sum", s, "running", grand)
print("grand total", grand, "expected", (SIZE * (SIZE + 1) // 2) ** 2)

print("Addition table mod 7")
for a in range(7):
    for b in range(7):
        print((a + b) % 7, end="")
    print()

print("Subtraction results")
for a in range(0, 30, 6):
    print(a, "-", 17, "=", a - 17, "|", 17, "-", a, "=", 17 - a)

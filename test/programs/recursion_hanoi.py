# Towers of Hanoi: printing the moves for small towers and counting moves
# recursively for larger ones.


def hanoi(n: int, source: int, target: int, spare: int) -> int:
    if n == 0:
        return 0
    moves = hanoi(n - 1, source, spare, target)
    print("move disk", n, "from peg", source, "to peg", target)
    moves += 1
    moves += hanoi(n - 1, spare, target, source)
    return moves


def count_moves(n: int) -> int:
    if n == 0:
        return 0
    return 2 * count_moves(n - 1) + 1


def hanoi_quiet(n: int, source: int, target: int, spare: int) -> int:
    if n == 0:
        return 0
    return hanoi_quiet(n - 1, source, spare, target) + 1 + hanoi_quiet(n - 1, spare, target, source)


total = hanoi(4, 1, 3, 2)
print("moves for 4 disks:", total)
total = hanoi(2, 3, 1, 2)
print("moves for 2 disks:", total)
for n in range(0, 16):
    print(n, "disks need", count_moves(n), "moves; simulated:", hanoi_quiet(n, 1, 3, 2))
print("64 disks need", count_moves(64), "moves")
print("200 disks need", count_moves(200), "moves")
print("check 2**200 - 1:", count_moves(200) == 2 ** 200 - 1)

# Conway's Game of Life on a 12x12 torus. The whole board is stored in a
# single big integer: cell (r, c) is bit r*W + c. Bits are read and
# written with // and % by powers of two.

W = 12
H = 12


def get_cell(board: int, r: int, c: int) -> int:
    r = r % H
    c = c % W
    return board // 2 ** (r * W + c) % 2


def set_cell(board: int, r: int, c: int) -> int:
    if get_cell(board, r, c) == 1:
        return board
    return board + 2 ** (r * W + c)


def neighbours(board: int, r: int, c: int) -> int:
    n = 0
    for dr in range(-1, 2):
        for dc in range(-1, 2):
            if dr != 0 or dc != 0:
                n += get_cell(board, r + dr, c + dc)
    return n


def step(board: int) -> int:
    nxt = 0
    for r in range(H):
        for c in range(W):
            n = neighbours(board, r, c)
            alive = get_cell(board, r, c)
            if n == 3 or (alive == 1 and n == 2):
                nxt = set_cell(nxt, r, c)
    return nxt


def population(board: int) -> int:
    count = 0
    while board > 0:
        count += board % 2
        board //= 2
    return count


def show(board: int) -> None:
    for r in range(H):
        for c in range(W):
            if get_cell(board, r, c) == 1:
                print("O", end="")
            else:
                print(".", end="")
        print()


b = 0
# glider
b = set_cell(b, 0, 1)
b = set_cell(b, 1, 2)
b = set_cell(b, 2, 0)
b = set_cell(b, 2, 1)
b = set_cell(b, 2, 2)
# blinker
b = set_cell(b, 7, 7)
b = set_cell(b, 7, 8)
b = set_cell(b, 7, 9)
print("generation 0, board value", b)
show(b)
for gen in range(1, 9):
    b = step(b)
    print("generation", gen, "population", population(b), "value", b)
show(b)

# Drawing triangles, diamonds, a checkerboard and a framed box with print.


def repeat(ch: int, count: int) -> None:
    for i in range(count):
        if ch == 0:
            print(" ", end="")
        elif ch == 1:
            print("*", end="")
        elif ch == 2:
            print("#", end="")
        else:
            print("-", end="")


def triangle(h: int) -> None:
    for row in range(1, h + 1):
        repeat(0, h - row)
        repeat(1, 2 * row - 1)
        print()


def diamond(r: int) -> None:
    for row in range(-r, r + 1):
        d = row
        if d < 0:
            d = -d
        repeat(0, d)
        repeat(2, 2 * (r - d) + 1)
        print()


def checkerboard(n: int) -> None:
    for y in range(n):
        for x in range(n):
            if (x + y) % 2 == 0:
                print("X", end="")
            else:
                print("O", end="")
        print()


def box(w: int, h: int) -> None:
    print("+", end="")
    repeat(3, w)
    print("+")
    for i in range(h):
        print("|", end="")
        repeat(0, w)
        print("|")
    print("+", end="")
    repeat(3, w)
    print("+")


triangle(6)
diamond(4)
checkerboard(8)
box(12, 3)
for n in range(1, 6):
    for k in range(1, n + 1):
        print(k, end="")
    print()
for n in range(5, 0, -1):
    print(n, "", end="")
    repeat(1, n)
    print()

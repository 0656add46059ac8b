# ASCII-art Mandelbrot set using float arithmetic.

WIDTH = 64
HEIGHT = 24
MAX_ITER = 60


def escape_time(cr: float, ci: float) -> int:
    zr = 0.0
    zi = 0.0
    n = 0
    while n < MAX_ITER:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return MAX_ITER


def shade(n: int) -> None:
    if n >= MAX_ITER:
        print("#", end="")
    elif n > 20:
        print("%", end="")
    elif n > 10:
        print("+", end="")
    elif n > 5:
        print("-", end="")
    elif n > 2:
        print(".", end="")
    else:
        print(" ", end="")


inside = 0
for row in range(HEIGHT):
    ci = -1.2 + 2.4 * row / (HEIGHT - 1)
    for col in range(WIDTH):
        cr = -2.1 + 2.7 * col / (WIDTH - 1)
        n = escape_time(cr, ci)
        if n >= MAX_ITER:
            inside += 1
        shade(n)
    print("|")
print("points inside:", inside, "of", WIDTH * HEIGHT)
print("area estimate:", 2.7 * 2.4 * inside / (WIDTH * HEIGHT))

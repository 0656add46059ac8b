# ASCII Mandelbrot set: float arithmetic in nested loops.

def escape_time(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        zr_next = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = zr_next
        n += 1
    return n


for row in range(24):
    ci = -1.2 + row * 0.1
    for col in range(72):
        cr = -2.1 + col * 0.04
        if escape_time(cr, ci, 60) == 60:
            print("#", end="")
        else:
            print(".", end="")
    print()

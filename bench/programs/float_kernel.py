# Float kernel: Mandelbrot set over a SIZE x SIZE grid of [-2, 1] x [-1.5, 1.5],
# written with scalar floats only.  Counts the grid points that have not
# escaped (|z| > 2) after MAX_ITER iterations.  Measures float multiply/add,
# compare, and nested while/for loops with an early break.
#
# Coordinates are computed as x = XMIN + fx * DX with fx a float counter
# (0.0, 1.0, 2.0, ... exact), so no int/float mixing is needed and the C
# version performs exactly the same IEEE double operations.


SIZE = 1000
MAX_ITER = 1000


def mandel(size: int, max_iter: int, xmin: float, ymin: float, span: float) -> int:
    fsize = 0.0
    for k in range(size):
        fsize = fsize + 1.0
    step = span / fsize
    count = 0
    fy = 0.0
    for row in range(size):
        ci = ymin + fy * step
        fx = 0.0
        for col in range(size):
            cr = xmin + fx * step
            zr = 0.0
            zi = 0.0
            zr2 = 0.0
            zi2 = 0.0
            it = 0
            inside = True
            while it < max_iter:
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    inside = False
                    break
                it = it + 1
            if inside:
                count = count + 1
            fx = fx + 1.0
        fy = fy + 1.0
    return count


print(mandel(SIZE, MAX_ITER, -2.0, -1.5, 3.0))

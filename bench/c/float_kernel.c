/* Float kernel: same algorithm as bench/programs/float_kernel.py
   (Mandelbrot point count, scalar doubles only). */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define SIZE 1000
#define MAX_ITER 1000

static int64_t mandel(int64_t size, int64_t max_iter, double xmin, double ymin,
                      double span) {
    double fsize = 0.0;
    for (int64_t k = 0; k < size; k++)
        fsize = fsize + 1.0;
    double step = span / fsize;
    int64_t count = 0;
    double fy = 0.0;
    for (int64_t row = 0; row < size; row++) {
        double ci = ymin + fy * step;
        double fx = 0.0;
        for (int64_t col = 0; col < size; col++) {
            double cr = xmin + fx * step;
            double zr = 0.0, zi = 0.0, zr2 = 0.0, zi2 = 0.0;
            int64_t it = 0;
            bool inside = true;
            while (it < max_iter) {
                zi = 2.0 * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                zr2 = zr * zr;
                zi2 = zi * zi;
                if (zr2 + zi2 > 4.0) {
                    inside = false;
                    break;
                }
                it = it + 1;
            }
            if (inside)
                count = count + 1;
            fx = fx + 1.0;
        }
        fy = fy + 1.0;
    }
    return count;
}

int main(void) {
    printf("%" PRId64 "\n", mandel(SIZE, MAX_ITER, -2.0, -1.5, 3.0));
    return 0;
}

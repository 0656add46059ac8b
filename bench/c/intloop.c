/* Integer loop kernel: same algorithm as bench/programs/intloop.py.
   All values are non-negative, so C's truncating / and % agree with
   Python's floor // and %, and stay well inside int64_t. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#define N 100000000

static int64_t kernel(int64_t n) {
    int64_t total = 0;
    int64_t acc = 1;
    for (int64_t i = 0; i < n; i++) {
        total = total + (i * i) % 7;
        acc = (acc * 31 + i / 3) % 1000003;
        if (acc % 4 == 1)
            total = total + acc / 1000;
        else if (acc % 4 == 3)
            total = total + 1;
    }
    return total * 1000 + acc;
}

int main(void) {
    printf("%" PRId64 "\n", kernel(N));
    return 0;
}

/* fib(36) in C with the checks exact Python ints need, as AIthon compiles
   them: each int is a tagged word (v << 1), every + - < tests both tags and
   every + - tests signed overflow, with an out-of-line slow path.  This is
   the floor for checked arithmetic; the plain fib.c is the unchecked limit.
   Expected output: 14930352 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Stands in for the big-int runtime: never reached for fib(36). */
__attribute__((noinline, cold)) static int64_t slow_path(int64_t a, int64_t b) {
    fprintf(stderr, "slow path reached (%" PRId64 ", %" PRId64 ")\n", a, b);
    exit(2);
}

static int64_t checked_sub(int64_t a, int64_t b) {
    int64_t r;
    if (((a | b) & 1) || __builtin_sub_overflow(a, b, &r))
        return slow_path(a, b);
    return r;
}

static int64_t checked_add(int64_t a, int64_t b) {
    int64_t r;
    if (((a | b) & 1) || __builtin_add_overflow(a, b, &r))
        return slow_path(a, b);
    return r;
}

static int64_t fib(int64_t n) { /* n and the result are tagged */
    if (n & 1)
        return slow_path(n, 4);
    if (n < 4) /* n < 2 */
        return n;
    return checked_add(fib(checked_sub(n, 2)), fib(checked_sub(n, 4)));
}

int main(void) {
    printf("%" PRId64 "\n", fib(36 << 1) >> 1);
    return 0;
}

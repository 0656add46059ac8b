/* A stand-in for a compiled program that crashes, for test_signals: it
 * defines only aithon_module_main, so main() (and with it the fatal-signal
 * handler) comes from libaithon_rt.a.  The environment variable
 * AITHON_TEST_CASE picks what it does. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "aithon/runtime.h"

/* Read through volatiles so the optimiser can neither predict the recursion's
 * end nor turn it into a loop. */
static volatile int64_t stop_at = -1; /* -1: never */
static volatile int print_each = 0;
static volatile int use_bigints = 0;

static aithon_int small(int64_t v) { return (aithon_int)((uint64_t)v << 1); }

/* Not a tail call: the result is used after the call returns, and the
 * volatile array keeps a frame on the stack. */
__attribute__((noinline)) static int64_t recurse(int64_t n) {
  volatile char pad[48];
  pad[0] = 1;
  if (print_each) {
    aithon_print_int(small(n));
    aithon_print_str("\n", 1);
  }
  if (use_bigints) {
    /* Each level calls into GMP and malloc: the overflow can land there. */
    aithon_int big = aithon_int_pow(small(3), small(100 + n % 50));
    if (aithon_int_cmp(big, small(0)) <= 0) return -1;
  }
  if (n == stop_at) return pad[0];
  return recurse(n + 1) + pad[0]; /* recurse(0) is stop_at + 1 */
}

static void print_cstr(const char *s) { aithon_print_str(s, (int64_t)strlen(s)); }

void aithon_module_main(void) {
  const char *which = getenv("AITHON_TEST_CASE");
  if (which == NULL) which = "";
  print_cstr("start\n");

  if (strcmp(which, "overflow") == 0) {
    aithon_print_int(small(recurse(0)));
  } else if (strcmp(which, "overflow_after_flush") == 0) {
    /* More than the 64 KiB buffer: part is written out, part still buffered. */
    for (int i = 0; i < 10000; ++i) print_cstr("0123456789\n");
    aithon_print_int(small(recurse(0)));
  } else if (strcmp(which, "overflow_printing") == 0) {
    print_each = 1;
    aithon_print_int(small(recurse(0)));
  } else if (strcmp(which, "overflow_bigints") == 0) {
    use_bigints = 1;
    aithon_print_int(small(recurse(0)));
  } else if (strcmp(which, "deep_ok") == 0) {
    /* 100000 levels, as depth(100000) in Python: far below 8 MiB. */
    stop_at = 100000;
    aithon_print_int(small(recurse(0)));
    print_cstr("\n");
  } else if (strcmp(which, "null_write") == 0) {
    int *volatile p = NULL;
    *p = 1;
  } else if (strcmp(which, "below_stack") == 0) {
    /* A wild write just below the main stack's limit, made from a shallow
     * stack: not an overflow, so it must still crash. */
    pthread_attr_t attr;
    void *addr;
    size_t size;
    pthread_getattr_np(pthread_self(), &attr);
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    char *volatile p = (char *)addr - 4096;
    *p = 1;
  } else if (strcmp(which, "kill_segv") == 0) {
    kill(getpid(), SIGSEGV);
  } else if (strcmp(which, "sigbus") == 0) {
    /* Touching a file mapping past the end of the file raises SIGBUS. */
    FILE *f = tmpfile();
    char *volatile m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fileno(f), 0);
    if (m == MAP_FAILED) return;
    m[0] = 1;
  } else {
    print_cstr("unknown case\n");
    return;
  }
  print_cstr("survived\n");
}

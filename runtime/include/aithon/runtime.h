/* The AIthon runtime's C ABI: every symbol compiled programs call.
 *
 * Integers ("aithon_int") are one 64-bit word, tagged by its lowest bit:
 *   - bit 0 == 0: a small int; its value is the word shifted right by one
 *     (arithmetic shift), so the range is [-2**62, 2**62 - 1].  Adding or
 *     subtracting two small words gives the tagged sum directly, which is why
 *     the compiler's inline fast path is a single add plus an overflow check.
 *   - bit 0 == 1: a pointer (8-byte aligned, tag bit set) to an AithonBigInt.
 * Canonical form: a value that fits the small range is ALWAYS small.  So two
 * ints are equal only if their tags match, and no big int is zero.
 *
 * Every slow-path function below accepts any combination of small and big
 * operands, including two small ones whose inline operation overflowed.
 */
#ifndef AITHON_RUNTIME_H
#define AITHON_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>

/* "Does not return", spelled so that both C and C++ accept it. */
#if defined(__cplusplus)
#define AITHON_NORETURN [[noreturn]]
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L
#define AITHON_NORETURN [[noreturn]]
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define AITHON_NORETURN _Noreturn
#elif defined(__GNUC__)
#define AITHON_NORETURN __attribute__((noreturn))
#else
#define AITHON_NORETURN
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef int64_t aithon_int;

/* ---- integers: slow paths (the compiler inlines the small/small case) ---- */
aithon_int aithon_int_add(aithon_int a, aithon_int b);
aithon_int aithon_int_sub(aithon_int a, aithon_int b);
aithon_int aithon_int_mul(aithon_int a, aithon_int b);
aithon_int aithon_int_neg(aithon_int a);
/* Floor division and modulo, rounding toward negative infinity.  Zero divisor
 * raises ZeroDivisionError ("integer division or modulo by zero" /
 * "integer modulo by zero"). */
aithon_int aithon_int_floordiv(aithon_int a, aithon_int b);
aithon_int aithon_int_mod(aithon_int a, aithon_int b);
/* a ** b for b >= 0; a negative b raises AITHON_ERR_NEGATIVE_INT_POW (the
 * compiler gives int ** int an int type, so a float result cannot be
 * represented: refused at run time).  A result too large for GMP (over about
 * 2**36 bits) raises AITHON_ERR_INT_TOO_LARGE. */
aithon_int aithon_int_pow(aithon_int a, aithon_int b);
/* Three-way comparison: -1, 0 or 1. */
int32_t aithon_int_cmp(aithon_int a, aithon_int b);
/* A literal too large for the small range, given in decimal. */
aithon_int aithon_int_from_decimal(const char *digits);
/* Correctly rounded conversion (AITHON_ERR_INT_TOO_LARGE_FOR_FLOAT when out
 * of range). */
double aithon_int_to_float(aithon_int a);
/* Correctly rounded a / b, as CPython's int.__truediv__ (b == 0:
 * AITHON_ERR_DIVISION_BY_ZERO; too large: AITHON_ERR_INT_DIV_TOO_LARGE). */
double aithon_int_truediv(aithon_int a, aithon_int b);
/* Exact comparison of a float with an int, as CPython does: -1, 0, 1, or
 * 2 when the float is NaN (unordered). */
int32_t aithon_float_int_cmp(double a, aithon_int b);

/* ---- floats: Python semantics for the operations C does not match ----
 * Errors: codes 5 and 6 for a zero divisor; ** raises 13, 14 or 15. */
double aithon_float_floordiv(double a, double b);
double aithon_float_mod(double a, double b);
double aithon_float_pow(double a, double b);

/* ---- printing (to stdout, buffered; flushed at exit and before errors) ----
 * Each call writes only the value: separators and the final newline of a
 * print() are separate aithon_print_str calls. */
void aithon_print_int(aithon_int v);
void aithon_print_float(double v);  /* exactly CPython's repr(float) */
void aithon_print_bool(bool v);
void aithon_print_none(void);
void aithon_print_str(const char *bytes, int64_t len); /* UTF-8 */

/* ---- errors ---- */
/* The Python exceptions compiled code can raise.  Each code has a fixed
 * message matching CPython 3.11's. */
enum aithon_error {
  AITHON_ERR_DIVISION_BY_ZERO = 1,        /* ZeroDivisionError: division by zero */
  AITHON_ERR_INT_FLOORDIV_BY_ZERO = 2,    /* ... integer division or modulo by zero */
  AITHON_ERR_INT_MOD_BY_ZERO = 3,         /* ... integer modulo by zero */
  AITHON_ERR_FLOAT_DIV_BY_ZERO = 4,       /* ... float division by zero */
  AITHON_ERR_FLOAT_FLOORDIV_BY_ZERO = 5,  /* ... float floor division by zero */
  AITHON_ERR_FLOAT_MOD_BY_ZERO = 6,       /* ... float modulo */
  AITHON_ERR_RANGE_STEP_ZERO = 7,         /* ValueError: range() arg 3 must not be zero */
  AITHON_ERR_UNBOUND_GLOBAL = 8,          /* NameError (message built from name) */
  /* AIthon-specific: int ** int has type int, so a float result is refused. */
  AITHON_ERR_NEGATIVE_INT_POW = 9,        /* TypeError: AIthon compiles int ** int to int; ... */
  AITHON_ERR_INT_TOO_LARGE = 10,          /* OverflowError: exponent too large */
  AITHON_ERR_INT_TOO_LARGE_FOR_FLOAT = 11, /* OverflowError: int too large to convert to float */
  AITHON_ERR_INT_DIV_TOO_LARGE = 12,      /* OverflowError: integer division result too large for a float */
  AITHON_ERR_FLOAT_ZERO_NEG_POW = 13,     /* ZeroDivisionError: 0.0 cannot be raised to a negative power */
  /* AIthon-specific: CPython would return a complex number. */
  AITHON_ERR_FLOAT_POW_COMPLEX = 14,      /* TypeError: AIthon does not support complex results of float ** float */
  AITHON_ERR_FLOAT_POW_OVERFLOW = 15,     /* OverflowError: (34, 'Numerical result out of range') */
  /* Also what the runtime reports when the main thread's stack overflows
   * (see "Fatal signals" in docs/runtime-abi.md). */
  AITHON_ERR_RECURSION_DEPTH = 16,        /* RecursionError: maximum recursion depth exceeded */
};
/* Flush stdout, print "<Type>: <message>" to stderr, exit with status 1. */
AITHON_NORETURN void aithon_raise(int32_t code);
/* NameError: name '<name>' is not defined. */
AITHON_NORETURN void aithon_raise_name_error(const char *name);

/* ---- program entry ---- */
/* Defined by the compiled program: runs the module's top-level statements. */
void aithon_module_main(void);

#ifdef __cplusplus
}
#endif
#endif

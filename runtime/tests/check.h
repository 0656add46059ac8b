// A tiny check macro for the runtime tests: failures are counted and
// reported, and the test exits non-zero if there was any.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "aithon/runtime.h"

inline int check_failures = 0;

#define CHECK(cond)                                                              \
  do {                                                                           \
    if (!(cond)) {                                                               \
      std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++check_failures;                                                          \
    }                                                                            \
  } while (0)

// Compares two strings and shows both on failure.
#define CHECK_STR(actual, expected)                                                          \
  do {                                                                                       \
    std::string a_ = (actual), e_ = (expected);                                              \
    if (a_ != e_) {                                                                          \
      std::fprintf(stderr, "%s:%d: %s\n  got      \"%s\"\n  expected \"%s\"\n", __FILE__, __LINE__, \
                   #actual, a_.c_str(), e_.c_str());                                         \
      ++check_failures;                                                                      \
    }                                                                                        \
  } while (0)

// Bit-exact double comparison (so -0.0 != 0.0); any NaN matches any NaN.
inline bool same_double(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  uint64_t x, y;
  std::memcpy(&x, &a, 8);
  std::memcpy(&y, &b, 8);
  return x == y;
}

#define CHECK_DOUBLE(actual, expected)                                                        \
  do {                                                                                        \
    double a_ = (actual), e_ = (expected);                                                    \
    if (!same_double(a_, e_)) {                                                               \
      std::fprintf(stderr, "%s:%d: %s\n  got      %.17g\n  expected %.17g\n", __FILE__, __LINE__, \
                   #actual, a_, e_);                                                          \
      ++check_failures;                                                                       \
    }                                                                                         \
  } while (0)

inline int check_report(const char *name) {
  if (check_failures != 0) {
    std::fprintf(stderr, "%s: %d check(s) failed\n", name, check_failures);
    return 1;
  }
  std::printf("%s: all checks passed\n", name);
  return 0;
}

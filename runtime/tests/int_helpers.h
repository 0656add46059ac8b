// Test helpers: build ints from decimal and turn them back into decimal
// without going through stdout.
#pragma once

#include <string>

#include "tagged.h"

inline aithon_int I(const char *decimal) { return aithon_int_from_decimal(decimal); }
inline aithon_int S(int64_t v) { return aithon::rt::make_small(v); }

inline std::string str(aithon_int w) {
  if (aithon::rt::is_small(w)) return std::to_string(aithon::rt::small_value(w));
  char *s = mpz_get_str(nullptr, 10, aithon::rt::big_value(w));
  std::string r(s);
  free(s);
  return r;
}

// True if w is in canonical form: small exactly when the value fits.
inline bool canonical(aithon_int w) {
  if (aithon::rt::is_small(w)) return true;
  mpz_srcptr z = aithon::rt::big_value(w);
  return mpz_cmp_si(z, aithon::rt::kSmallMax) > 0 || mpz_cmp_si(z, aithon::rt::kSmallMin) < 0;
}

// The decimal result, checked for canonical form on the way.
#define CHECK_INT(expr, expected)           \
  do {                                      \
    aithon_int w_ = (expr);                 \
    CHECK(canonical(w_));                   \
    CHECK_STR(str(w_), expected);           \
  } while (0)

// Int literals too large for the small range, given in decimal.
#include "internal.h"
#include "tagged.h"

using namespace aithon::rt;

extern "C" aithon_int aithon_int_from_decimal(const char *digits) {
  // Accept exactly: optional '-' then one or more ASCII digits.  mpz_set_str
  // alone would also accept whitespace, so check first.
  const char *p = digits;
  if (p == nullptr) fatal("aithon_int_from_decimal: null literal");
  if (*p == '-') ++p;
  if (*p == '\0') fatal("aithon_int_from_decimal: empty literal");
  for (const char *q = p; *q != '\0'; ++q)
    if (*q < '0' || *q > '9') fatal("aithon_int_from_decimal: malformed literal");
  mpz_t z;
  mpz_init(z);
  mpz_set_str(z, digits, 10);  // subquadratic for long literals
  return finish(z);
}

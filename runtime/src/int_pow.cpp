// int ** int.  Small results are computed with machine words; anything that
// overflows falls back to mpz_pow_ui.
#include <cmath>

#include "tagged.h"

using namespace aithon::rt;

namespace {

// GMP aborts the process ("overflow in mpz type") near 2**37 bits, as its
// limb count is an int.  Refuse results estimated above 2**36 bits (8 GiB)
// up front with an OverflowError instead; smaller results that do not fit in
// memory still make GMP abort.
constexpr double kMaxResultBits = 68719476736.0;  // 2**36

// Square-and-multiply in int64; false when an intermediate overflows.
bool pow_i64(int64_t base, uint64_t exp, int64_t *out) {
  int64_t result = 1;
  for (;;) {
    if ((exp & 1) && __builtin_mul_overflow(result, base, &result)) return false;
    exp >>= 1;
    if (exp == 0) break;
    if (__builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

}  // namespace

extern "C" aithon_int aithon_int_pow(aithon_int a, aithon_int b) {
  if (aithon_int_cmp(b, make_small(0)) < 0) aithon_raise(AITHON_ERR_NEGATIVE_INT_POW);

  // 0, 1 and -1 stay small for any exponent, even a big one.
  if (a == make_small(0)) return b == make_small(0) ? make_small(1) : make_small(0);
  if (a == make_small(1)) return make_small(1);
  if (a == make_small(-1)) {
    bool odd = is_small(b) ? (small_value(b) & 1) : mpz_odd_p(big_value(b));
    return make_small(odd ? -1 : 1);
  }

  // |a| >= 2 from here, so the result has at least exp bits.
  if (is_big(b)) aithon_raise(AITHON_ERR_INT_TOO_LARGE);
  uint64_t exp = static_cast<uint64_t>(small_value(b));

  if (is_small(a) && exp < 64) {
    int64_t r;
    if (pow_i64(small_value(a), exp, &r)) return from_i64(r);
  }

  IntView va(a);
  long base_exp;  // |a| = m * 2**base_exp with m in [0.5, 1)
  double m = std::fabs(mpz_get_d_2exp(&base_exp, va.get()));
  double result_bits = static_cast<double>(exp) * (static_cast<double>(base_exp) + std::log2(m));
  if (result_bits > kMaxResultBits) aithon_raise(AITHON_ERR_INT_TOO_LARGE);
  mpz_t r;
  mpz_init(r);
  mpz_pow_ui(r, va.get(), exp);
  return finish(r);
}

// Int <-> float: correctly rounded int -> float, int / int, and exact
// float-vs-int comparison, all matching CPython 3.11.
#include <cfloat>
#include <cmath>

#include "tagged.h"

using namespace aithon::rt;

namespace {

constexpr int64_t kExact = int64_t{1} << DBL_MANT_DIG;  // ints up to 2**53 are exact doubles

// 64 bits of |z| starting at bit `pos` (higher bits included, caller masks).
uint64_t bits_at(const mp_limb_t *d, size_t n, size_t pos) {
  size_t i = pos / 64, off = pos % 64;
  uint64_t v = d[i] >> off;
  if (off != 0 && i + 1 < n) v |= d[i + 1] << (64 - off);
  return v;
}

// True if any bit of |z| below bit `pos` is set.
bool any_bits_below(const mp_limb_t *d, size_t pos) {
  size_t i = pos / 64, off = pos % 64;
  for (size_t j = 0; j < i; ++j)
    if (d[j] != 0) return true;
  return off != 0 && (d[i] & ((uint64_t{1} << off) - 1)) != 0;
}

}  // namespace

extern "C" {

double aithon_int_to_float(aithon_int a) {
  // int64 -> double conversion already rounds half to even.
  if (is_small(a)) return static_cast<double>(small_value(a));

  // mpz_get_d truncates, so round by hand like CPython's _PyLong_Frexp: keep
  // the top 55 bits, fold everything below into a sticky bit, round the two
  // extra bits half-to-even, then scale.
  mpz_srcptr z = big_value(a);
  size_t bits = mpz_sizeinbase(z, 2);  // > 62: z is big
  if (bits > DBL_MAX_EXP) aithon_raise(AITHON_ERR_INT_TOO_LARGE_FOR_FLOAT);
  const mp_limb_t *d = mpz_limbs_read(z);
  size_t n = mpz_size(z);
  size_t shift = bits - (DBL_MANT_DIG + 2);
  uint64_t q = bits_at(d, n, shift) & ((uint64_t{1} << (DBL_MANT_DIG + 2)) - 1);
  if (any_bits_below(d, shift)) q |= 1;
  static const int8_t half_even_correction[8] = {0, -1, -2, 1, 0, -1, 2, 1};
  q += half_even_correction[q & 7];
  double r = std::ldexp(static_cast<double>(q), static_cast<int>(shift));  // exact or inf
  if (std::isinf(r)) aithon_raise(AITHON_ERR_INT_TOO_LARGE_FOR_FLOAT);
  return mpz_sgn(z) < 0 ? -r : r;
}

double aithon_int_truediv(aithon_int a, aithon_int b) {
  if (b == make_small(0)) aithon_raise(AITHON_ERR_DIVISION_BY_ZERO);
  if (is_small(a) && is_small(b)) {
    int64_t x = small_value(a), y = small_value(b);
    // Both exact as doubles: one IEEE division is correctly rounded.
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
      return static_cast<double>(x) / static_cast<double>(y);
  }

  // CPython's long_true_divide: compute the quotient scaled to 55 or 56 bits
  // with an "inexact" sticky flag, then round half-to-even by hand.
  IntView va(a), vb(b);
  mpz_srcptr za = va.get(), zb = vb.get();
  bool negate = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
  if (mpz_sgn(za) == 0) return negate ? -0.0 : 0.0;

  int64_t diff = static_cast<int64_t>(mpz_sizeinbase(za, 2)) - static_cast<int64_t>(mpz_sizeinbase(zb, 2));
  if (diff > DBL_MAX_EXP) aithon_raise(AITHON_ERR_INT_DIV_TOO_LARGE);
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0.0 : 0.0;  // underflow

  int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  mpz_t x, rem;
  mpz_init(x);
  mpz_init(rem);
  mpz_abs(x, za);
  if (shift <= 0) {
    mpz_mul_2exp(x, x, static_cast<mp_bitcnt_t>(-shift));
  } else {
    inexact = mpz_scan1(x, 0) < static_cast<mp_bitcnt_t>(shift);
    mpz_tdiv_q_2exp(x, x, static_cast<mp_bitcnt_t>(shift));
  }
  mpz_t babs;  // read-only |b|, sharing b's limbs
  mpz_roinit_n(babs, mpz_limbs_read(zb), static_cast<mp_size_t>(mpz_size(zb)));
  mpz_tdiv_qr(x, rem, x, babs);
  if (mpz_sgn(rem) != 0) inexact = true;

  // x < 2**56 here, so one limb holds it.
  int64_t x_bits = static_cast<int64_t>(mpz_sizeinbase(x, 2));
  uint64_t low = mpz_getlimbn(x, 0);
  mpz_clear(x);
  mpz_clear(rem);

  // 2 or 3 extra bits (more in the subnormal range are handled by the max).
  int64_t extra_bits = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t mask = uint64_t{1} << (extra_bits - 1);
  low |= inexact ? 1 : 0;
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  double dx = static_cast<double>(low);  // exact: at most 53 significant bits

  if (shift + x_bits >= DBL_MAX_EXP &&
      (shift + x_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, static_cast<int>(x_bits))))
    aithon_raise(AITHON_ERR_INT_DIV_TOO_LARGE);
  double result = std::ldexp(dx, static_cast<int>(shift));
  return negate ? -result : result;
}

int32_t aithon_float_int_cmp(double a, aithon_int b) {
  if (std::isnan(a)) return 2;
  if (is_small(b)) {
    int64_t v = small_value(b);
    if (v >= -kExact && v <= kExact) {
      double d = static_cast<double>(v);  // exact
      return (a > d) - (a < d);
    }
  }
  // mpz_cmp_d compares exactly (fractions and infinities included).
  IntView vb(b);
  int c = mpz_cmp_d(vb.get(), a);
  return (c < 0) - (c > 0);
}

}  // extern "C"

// Tagged-int slow paths: + - * unary- // % and comparison, for every
// small/big combination.  The compiler inlines small/small and calls these
// when the inline operation overflowed or an operand is big.
#include "tagged.h"

using namespace aithon::rt;

namespace {

// Applies a GMP binary operation to any two words and normalises the result.
template <void (*Op)(mpz_ptr, mpz_srcptr, mpz_srcptr)>
aithon_int mpz_binary(aithon_int a, aithon_int b) {
  IntView va(a), vb(b);
  mpz_t r;
  mpz_init(r);
  Op(r, va.get(), vb.get());
  return finish(r);
}

// Python's floor division and modulo for two int64 values, b != 0.
// The only overflowing case, kSmallMin // -1, stays inside int64.
int64_t floordiv_i64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
int64_t mod_i64(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

bool is_zero(aithon_int w) { return w == 0; }  // zero is always small

}  // namespace

extern "C" {

aithon_int aithon_int_add(aithon_int a, aithon_int b) {
  // Two small values sum to within int64.
  if (is_small(a) && is_small(b)) return from_i64(small_value(a) + small_value(b));
  return mpz_binary<mpz_add>(a, b);
}

aithon_int aithon_int_sub(aithon_int a, aithon_int b) {
  if (is_small(a) && is_small(b)) return from_i64(small_value(a) - small_value(b));
  return mpz_binary<mpz_sub>(a, b);
}

aithon_int aithon_int_mul(aithon_int a, aithon_int b) {
  // Two 63-bit values multiply to within 126 bits.
  if (is_small(a) && is_small(b))
    return from_i128(static_cast<__int128>(small_value(a)) * small_value(b));
  return mpz_binary<mpz_mul>(a, b);
}

aithon_int aithon_int_neg(aithon_int a) {
  if (is_small(a)) return from_i64(-small_value(a));  // -(-2**62) goes big
  mpz_t r;
  mpz_init(r);
  mpz_neg(r, big_value(a));
  return finish(r);  // -(2**62) comes back small
}

aithon_int aithon_int_floordiv(aithon_int a, aithon_int b) {
  if (is_zero(b)) aithon_raise(AITHON_ERR_INT_FLOORDIV_BY_ZERO);
  if (is_small(a) && is_small(b)) return from_i64(floordiv_i64(small_value(a), small_value(b)));
  return mpz_binary<mpz_fdiv_q>(a, b);  // fdiv: rounds toward -infinity
}

aithon_int aithon_int_mod(aithon_int a, aithon_int b) {
  if (is_zero(b)) aithon_raise(AITHON_ERR_INT_MOD_BY_ZERO);
  if (is_small(a) && is_small(b)) return make_small(mod_i64(small_value(a), small_value(b)));
  return mpz_binary<mpz_fdiv_r>(a, b);  // result has the divisor's sign
}

int32_t aithon_int_cmp(aithon_int a, aithon_int b) {
  // Shifting by one keeps the order, so small words compare directly.
  if (is_small(a) && is_small(b)) return (a > b) - (a < b);
  // A big value lies outside the small range, so its sign decides.
  if (is_small(a)) return -mpz_sgn(big_value(b));
  if (is_small(b)) return mpz_sgn(big_value(a));
  int c = mpz_cmp(big_value(a), big_value(b));
  return (c > 0) - (c < 0);
}

}  // extern "C"

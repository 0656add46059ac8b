// The float operations whose Python meaning differs from C's: //, % and **.
// Transcribed from CPython 3.11's Objects/floatobject.c.
#include <cmath>

#include "aithon/runtime.h"

namespace {

// CPython's DOUBLE_IS_ODD_INTEGER.
bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

}  // namespace

extern "C" {

// float_floor_div via _float_div_mod.
double aithon_float_floordiv(double vx, double wx) {
  if (wx == 0.0) aithon_raise(AITHON_ERR_FLOAT_FLOORDIV_BY_ZERO);
  double mod = std::fmod(vx, wx);
  // vx - mod is mathematically a multiple of wx; the division may still be
  // slightly off an integer, hence the snapping below.
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) div -= 1.0;  // remainder takes the divisor's sign
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);  // zero with the true quotient's sign
  }
  return floordiv;
}

// float_rem.
double aithon_float_mod(double vx, double wx) {
  if (wx == 0.0) aithon_raise(AITHON_ERR_FLOAT_MOD_BY_ZERO);
  double mod = std::fmod(vx, wx);
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) mod += wx;  // sign of the divisor
  } else {
    mod = std::copysign(0.0, wx);  // fmod's zero sign varies by platform
  }
  return mod;
}

// float_pow, with AIthon errors where CPython would return a complex.
double aithon_float_pow(double iv, double iw) {
  if (iw == 0.0) return 1.0;           // v**0 is 1, even 0**0 and nan**0
  if (std::isnan(iv)) return iv;       // nan**w = nan unless w == 0
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;  // 1**nan = 1
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);  // inf
    return 0.0;
  }
  if (std::isinf(iv)) {
    // (+-inf)**w: inf for w > 0, 0 for w < 0, signed if w is an odd integer.
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    if (iw < 0.0) aithon_raise(AITHON_ERR_FLOAT_ZERO_NEG_POW);
    return is_odd_integer(iw) ? iv : 0.0;  // keeps -0.0 for odd powers
  }
  bool negate_result = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) aithon_raise(AITHON_ERR_FLOAT_POW_COMPLEX);
    iv = -iv;
    negate_result = is_odd_integer(iw);
  }
  // 1**w, and (-1)**huge_integer where some libms misbehave.
  if (iv == 1.0) return negate_result ? -1.0 : 1.0;
  // Finite, positive base != 1, nonzero finite exponent: libm does the rest.
  // Only overflow is an error (CPython ignores underflow to zero).
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) aithon_raise(AITHON_ERR_FLOAT_POW_OVERFLOW);
  return negate_result ? -ix : ix;
}

}  // extern "C"

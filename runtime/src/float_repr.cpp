// repr(float) exactly as CPython 3.11: the shortest digit string that reads
// back as the same double, laid out by CPython's 'r' format rules.
#include <charconv>
#include <cmath>
#include <cstring>

#include "internal.h"

namespace aithon::rt {

std::size_t format_float_repr(double v, char *out) {
  if (std::isnan(v)) {  // CPython never prints a sign for nan
    std::memcpy(out, "nan", 3);
    return 3;
  }
  if (std::isinf(v)) {
    if (v < 0) {
      std::memcpy(out, "-inf", 4);
      return 4;
    }
    std::memcpy(out, "inf", 3);
    return 3;
  }

  // Shortest round-trip digits; among equally short strings to_chars picks
  // the one nearest the value, as CPython's dtoa mode 0 does.  Scientific
  // form makes the digits and exponent easy to pick apart: "-d.ddde+XX".
  char sci[32];
  char *end = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific).ptr;
  const char *p = sci;
  char *o = out;
  if (*p == '-') *o++ = *p++;
  char digits[20];
  int ndigits = 0;
  for (; *p != 'e'; ++p)
    if (*p != '.') digits[ndigits++] = *p;
  int exp10 = 0;
  std::from_chars(p[1] == '+' ? p + 2 : p + 1, end, exp10);

  // CPython's decpt: the value is 0.d1d2... * 10**decpt.
  int decpt = exp10 + 1;
  if (decpt <= -4 || decpt > 16) {
    // Scientific: d[.ddd]e<sign><at least two digits>, no ".0" added.
    *o++ = digits[0];
    if (ndigits > 1) {
      *o++ = '.';
      std::memcpy(o, digits + 1, ndigits - 1);
      o += ndigits - 1;
    }
    *o++ = 'e';
    *o++ = exp10 < 0 ? '-' : '+';
    int e = exp10 < 0 ? -exp10 : exp10;
    if (e >= 100) *o++ = static_cast<char>('0' + e / 100);
    *o++ = static_cast<char>('0' + e / 10 % 10);
    *o++ = static_cast<char>('0' + e % 10);
  } else if (decpt <= 0) {
    // 0.000ddd
    *o++ = '0';
    *o++ = '.';
    for (int i = 0; i < -decpt; ++i) *o++ = '0';
    std::memcpy(o, digits, ndigits);
    o += ndigits;
  } else if (decpt < ndigits) {
    // ddd.ddd
    std::memcpy(o, digits, decpt);
    o += decpt;
    *o++ = '.';
    std::memcpy(o, digits + decpt, ndigits - decpt);
    o += ndigits - decpt;
  } else {
    // ddd000.0 (integral values always get ".0")
    std::memcpy(o, digits, ndigits);
    o += ndigits;
    for (int i = ndigits; i < decpt; ++i) *o++ = '0';
    *o++ = '.';
    *o++ = '0';
  }
  return static_cast<std::size_t>(o - out);
}

}  // namespace aithon::rt

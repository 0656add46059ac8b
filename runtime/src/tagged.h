// Internal: the tagged-int representation (see runtime.h) and the helpers
// every int file shares.  Not part of the ABI.
#pragma once

#include <cstdint>
#include <gmp.h>

#include "aithon/runtime.h"

// Small values are kept in one limb when viewed as mpz (see IntView).
static_assert(GMP_NUMB_BITS == 64, "the runtime assumes 64-bit GMP limbs");

namespace aithon::rt {

// The heap object behind a big int (tag bit 1).  Allocated with malloc, so it
// is at least 8-aligned and bit 0 of its address is free for the tag.
// Never freed for now: a later issue brings per-actor heaps.
struct AithonBigInt {
  mpz_t value;  // never fits the small range (canonical form)
};

constexpr int64_t kSmallMin = -(int64_t{1} << 62);
constexpr int64_t kSmallMax = (int64_t{1} << 62) - 1;

inline bool is_big(aithon_int w) { return (w & 1) != 0; }
inline bool is_small(aithon_int w) { return (w & 1) == 0; }
// Arithmetic shift: the value of a small word.
inline int64_t small_value(aithon_int w) { return w >> 1; }
// Only for v in [kSmallMin, kSmallMax]; the shift is done unsigned to avoid UB.
inline aithon_int make_small(int64_t v) {
  return static_cast<aithon_int>(static_cast<uint64_t>(v) << 1);
}
inline bool fits_small(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
inline mpz_srcptr big_value(aithon_int w) {
  return reinterpret_cast<const AithonBigInt *>(static_cast<uintptr_t>(w) & ~uintptr_t{1})->value;
}

// Takes ownership of z (initialised): returns the canonical word and clears
// or moves z.  Every int result goes through here.
aithon_int finish(mpz_ptr z);
// Canonical word for any int64 / 128-bit value.
aithon_int from_i64(int64_t v);
aithon_int from_i128(__int128 v);

// A read-only mpz view of any int word, without allocating: small values
// borrow a one-limb buffer inside the view.  Keep the view alive while using
// the pointer.
class IntView {
 public:
  explicit IntView(aithon_int w) {
    if (is_big(w)) {
      ptr_ = big_value(w);
      return;
    }
    int64_t v = small_value(w);
    limb_ = v < 0 ? -static_cast<mp_limb_t>(v) : static_cast<mp_limb_t>(v);
    ptr_ = mpz_roinit_n(view_, &limb_, v < 0 ? -1 : (v > 0 ? 1 : 0));
  }
  IntView(const IntView &) = delete;
  IntView &operator=(const IntView &) = delete;
  mpz_srcptr get() const { return ptr_; }

 private:
  mp_limb_t limb_ = 0;
  mpz_t view_;
  mpz_srcptr ptr_;
};

}  // namespace aithon::rt

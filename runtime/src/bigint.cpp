// Big-int allocation and normalisation to the canonical tagged form.
#include <cstdlib>

#include "internal.h"
#include "tagged.h"

static_assert(sizeof(long) == 8, "mpz_*_si calls below assume a 64-bit long");

namespace aithon::rt {

aithon_int finish(mpz_ptr z) {
  // Canonical form: anything in the small range must come back small.
  if (mpz_size(z) <= 1) {
    mp_limb_t mag = mpz_getlimbn(z, 0);  // 0 when z == 0
    bool neg = mpz_sgn(z) < 0;
    if (neg ? mag <= static_cast<mp_limb_t>(kSmallMax) + 1 : mag <= static_cast<mp_limb_t>(kSmallMax)) {
      int64_t v = neg ? static_cast<int64_t>(0 - static_cast<uint64_t>(mag)) : static_cast<int64_t>(mag);
      mpz_clear(z);
      return make_small(v);
    }
  }
  // malloc gives at least 8-byte alignment, so bit 0 is free for the tag.
  // Never freed: big ints live until exit (per-actor heaps come later).
  auto *big = static_cast<AithonBigInt *>(std::malloc(sizeof(AithonBigInt)));
  if (big == nullptr) fatal("out of memory allocating an int");
  mpz_init(big->value);
  mpz_swap(big->value, z);  // moves the limbs; z is left empty
  mpz_clear(z);
  return static_cast<aithon_int>(reinterpret_cast<uintptr_t>(big) | 1);
}

aithon_int from_i64(int64_t v) {
  if (fits_small(v)) return make_small(v);
  mpz_t z;
  mpz_init_set_si(z, v);  // long is 64-bit on every target we support
  return finish(z);
}

aithon_int from_i128(__int128 v) {
  if (v >= kSmallMin && v <= kSmallMax) return make_small(static_cast<int64_t>(v));
  unsigned __int128 mag = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  mpz_t z;
  mpz_init2(z, 128);
  mp_limb_t *d = mpz_limbs_write(z, 2);
  d[0] = static_cast<mp_limb_t>(mag);
  d[1] = static_cast<mp_limb_t>(mag >> 64);
  mpz_limbs_finish(z, v < 0 ? -2 : 2);  // strips a zero high limb
  return finish(z);
}

}  // namespace aithon::rt

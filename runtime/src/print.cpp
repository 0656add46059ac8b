// print(): buffered writes to fd 1.  The buffer is flushed when main returns
// and before an error message goes to stderr, so output order matches
// CPython's.  Not thread-safe (one thread runs compiled code for now).
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "internal.h"
#include "tagged.h"

using namespace aithon::rt;

namespace {

constexpr std::size_t kBufferSize = 64 * 1024;
char buffer[kBufferSize];
std::size_t used = 0;

// write(2) until everything is out; on a real error the output is dropped
// (as a C program whose stdout is closed would lose it).
void write_all(const char *p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(1, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    p += w;
    n -= static_cast<std::size_t>(w);
  }
}

// Room for at least n more bytes, flushing if needed (n <= kBufferSize).
char *reserve(std::size_t n) {
  if (kBufferSize - used < n) flush_stdout();
  return buffer + used;
}

void append(const char *p, std::size_t n) {
  if (n > kBufferSize) {  // too big to buffer: write straight through
    flush_stdout();
    write_all(p, n);
    return;
  }
  std::memcpy(reserve(n), p, n);
  used += n;
}

void print_small(int64_t v) {
  char tmp[24];
  char *end = tmp + sizeof tmp, *p = end;
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  do {
    *--p = static_cast<char>('0' + mag % 10);
    mag /= 10;
  } while (mag != 0);
  if (v < 0) *--p = '-';
  append(p, static_cast<std::size_t>(end - p));
}

void print_big(mpz_srcptr z) {
  // sizeinbase may overshoot by one digit; +2 for the sign and the NUL.
  std::size_t need = mpz_sizeinbase(z, 10) + 2;
  if (need <= kBufferSize) {
    char *dst = reserve(need);
    mpz_get_str(dst, 10, z);
    used += std::strlen(dst);
    return;
  }
  char *tmp = static_cast<char *>(std::malloc(need));
  if (tmp == nullptr) fatal("out of memory printing an int");
  mpz_get_str(tmp, 10, z);
  append(tmp, std::strlen(tmp));
  std::free(tmp);
}

}  // namespace

namespace aithon::rt {

void flush_stdout() {
  write_all(buffer, used);
  used = 0;
}

}  // namespace aithon::rt

extern "C" {

void aithon_print_int(aithon_int v) {
  if (is_small(v)) {
    print_small(small_value(v));
  } else {
    print_big(big_value(v));
  }
}

void aithon_print_float(double v) {
  char *dst = reserve(kFloatReprMax);
  used += format_float_repr(v, dst);
}

void aithon_print_bool(bool v) {
  if (v) {
    append("True", 4);
  } else {
    append("False", 5);
  }
}

void aithon_print_none(void) { append("None", 4); }

void aithon_print_str(const char *bytes, int64_t len) {
  if (len > 0) append(bytes, static_cast<std::size_t>(len));
}

}  // extern "C"

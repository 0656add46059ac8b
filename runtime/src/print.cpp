// print(): buffered writes to fd 1.  The buffer is flushed when main returns
// and before an error message goes to stderr, so output order matches
// CPython's.  Actors on several workers print concurrently, so every entry
// point holds a spinlock (held for a copy, never across a switch: nothing
// here yields).  Each call is atomic; a whole print() of several calls is
// not yet -- two actors printing at once may interleave their pieces.
//
// The stack-overflow handler (signals.cpp) also flushes this buffer, from a
// SIGSEGV that can interrupt any of the code below.  So the buffer's state
// lives in two lock-free atomics that the handler can read, and every update
// follows one rule: bytes are copied into the buffer first and published by
// storing `used` afterwards, with a signal fence in between.  The handler
// then writes exactly the bytes in [written, used): never a half-copied
// value, never a byte twice.  The atomics are relaxed and the fences are
// compiler-only barriers, so the hot path compiles to the same plain loads
// and stores as before.
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "internal.h"
#include "tagged.h"

using namespace aithon::rt;

namespace {

constexpr std::size_t kBufferSize = 64 * 1024;
char buffer[kBufferSize];
// buffer[0, used) holds the bytes printed and not yet written out.
std::atomic<std::size_t> used{0};
// While flush_stdout runs: how many of those bytes write(2) already took.
// Zero at every other time.
std::atomic<std::size_t> written{0};
static_assert(std::atomic<std::size_t>::is_always_lock_free, "the signal handler reads these");

std::size_t load(const std::atomic<std::size_t> &a) { return a.load(std::memory_order_relaxed); }

// Guards buffer, used and written against other threads (not against the
// signal handler, which only reads the atomics).
std::atomic<bool> print_lock{false};
// Whether this thread holds print_lock: an actor whose stack overflows
// inside a print call is abandoned there, and the fault handler then lets go
// of the lock for it (release_print_lock_after_fault).
thread_local bool holds_print_lock = false;

class PrintGuard {
 public:
  PrintGuard() {
    while (print_lock.exchange(true, std::memory_order_acquire)) {
      while (print_lock.load(std::memory_order_relaxed)) {
      }
    }
    holds_print_lock = true;
  }
  ~PrintGuard() {
    holds_print_lock = false;
    print_lock.store(false, std::memory_order_release);
  }
};

void flush_locked();

// Publish n more bytes that were just copied to buffer + used.
void commit(std::size_t n) {
  std::atomic_signal_fence(std::memory_order_release);
  used.store(load(used) + n, std::memory_order_relaxed);
}

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
  if (kBufferSize - load(used) < n) flush_locked();
  return buffer + load(used);
}

void append(const char *p, std::size_t n) {
  if (n > kBufferSize) {  // too big to buffer: write straight through
    flush_locked();
    write_all(p, n);
    return;
  }
  std::memcpy(reserve(n), p, n);
  commit(n);
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
    commit(std::strlen(dst));
    return;
  }
  char *tmp = static_cast<char *>(std::malloc(need));
  if (tmp == nullptr) fatal("out of memory printing an int");
  mpz_get_str(tmp, 10, z);
  append(tmp, std::strlen(tmp));
  std::free(tmp);
}

void flush_locked() {
  std::size_t end = load(used);
  std::size_t done = 0;
  while (done < end) {
    ssize_t w = ::write(1, buffer + done, end - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      break;  // a real error: the output is dropped, as in write_all
    }
    done += static_cast<std::size_t>(w);
    written.store(done, std::memory_order_relaxed);
  }
  // used drops first: between the two stores the handler sees an empty range
  // [written, 0), where the other order would make it write everything again.
  used.store(0, std::memory_order_relaxed);
  std::atomic_signal_fence(std::memory_order_seq_cst);
  written.store(0, std::memory_order_relaxed);
}

}  // namespace

namespace aithon::rt {

void flush_stdout() {
  PrintGuard guard;
  flush_locked();
}

void release_print_lock_after_fault() {
  // Bytes are published (commit) only after they are copied, so the buffer
  // is consistent whatever the abandoned call was doing.
  if (!holds_print_lock) return;
  holds_print_lock = false;
  print_lock.store(false, std::memory_order_release);
}

void flush_stdout_in_signal_handler() {
  std::size_t done = load(written);
  std::size_t end = load(used);
  std::atomic_signal_fence(std::memory_order_acquire);  // pairs with commit's
  while (done < end) {
    ssize_t w = ::write(1, buffer + done, end - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    done += static_cast<std::size_t>(w);
  }
}

std::size_t format_pid(uint64_t pid, char *out) {
  int n = std::snprintf(out, kPidTextMax, "<Pid %u.%u>", static_cast<unsigned>(pid & 0xffffffffu),
                        static_cast<unsigned>(pid >> 32));
  return static_cast<std::size_t>(n);
}

}  // namespace aithon::rt

extern "C" {

void aithon_print_int(aithon_int v) {
  PrintGuard guard;
  if (is_small(v)) {
    print_small(small_value(v));
  } else {
    print_big(big_value(v));
  }
}

void aithon_print_float(double v) {
  PrintGuard guard;
  char *dst = reserve(kFloatReprMax);
  commit(format_float_repr(v, dst));
}

void aithon_print_pid(aithon_pid pid) {
  PrintGuard guard;
  char *dst = reserve(kPidTextMax);
  commit(format_pid(pid, dst));
}

void aithon_print_bool(bool v) {
  PrintGuard guard;
  if (v) {
    append("True", 4);
  } else {
    append("False", 5);
  }
}

void aithon_print_none(void) {
  PrintGuard guard;
  append("None", 4);
}

void aithon_print_str(const char *bytes, int64_t len) {
  PrintGuard guard;
  if (len > 0) append(bytes, static_cast<std::size_t>(len));
}

}  // extern "C"

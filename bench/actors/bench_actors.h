// Helpers shared by the C++ actor benchmarks (bench/actors/*.cpp).
//
// Each benchmark runs its work in a main behaviour under aithon_runtime_run,
// records the figures (or the first error) in globals, and main() prints one
// "RESULT key=value ..." line after the runtime returned, or the error on
// stderr with exit status 1.
#ifndef AITHON_BENCH_ACTORS_H
#define AITHON_BENCH_ACTORS_H

#include "aithon/runtime.h"

#include <atomic>
#include <chrono>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace bench {

// argv[1] as an integer, or `fallback`.
inline int64_t arg(int argc, char **argv, int64_t fallback) {
  return argc > 1 ? std::strtoll(argv[1], nullptr, 10) : fallback;
}

inline double now() {
  return std::chrono::duration<double>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Resident set size: /proc/self/statm's second field times the page size.
inline int64_t rss_bytes() {
  FILE *f = std::fopen("/proc/self/statm", "r");
  long long size = 0, resident = -1;
  if (f) {
    if (std::fscanf(f, "%lld %lld", &size, &resident) != 2) resident = -1;
    std::fclose(f);
  }
  return resident < 0 ? -1 : resident * (int64_t)sysconf(_SC_PAGESIZE);
}

// The first error any actor reported; main() prints it and exits 1.
inline std::atomic<bool> failed{false};
inline char error_text[512];

inline void fail(const char *fmt, ...) {
  bool expected = false;
  if (!failed.compare_exchange_strong(expected, true)) return;
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(error_text, sizeof error_text, fmt, ap);
  va_end(ap);
}

// Call from main() after aithon_runtime_run: 0 if all went well, else prints
// the error and returns 1.
inline int finish(const char *name, int run_status) {
  if (run_status != 0) {
    std::fprintf(stderr, "%s: aithon_runtime_run returned %d\n", name, run_status);
    return 1;
  }
  if (failed.load()) {
    std::fprintf(stderr, "%s: %s\n", name, error_text);
    return 1;
  }
  return 0;
}

// Payloads are single int64 words, as the Go and Erlang twins send integers.
inline bool send_i64(aithon_pid to, int64_t v) { return aithon_send(to, &v, sizeof v); }

// Receive one user message holding an int64 (waits forever).  Returns false
// (and records an error) on anything else.
inline bool recv_i64(int64_t *out, aithon_pid *from = nullptr) {
  aithon_message *m = aithon_receive(-1);
  if (m == nullptr || m->kind != AITHON_MSG_USER || m->size != sizeof(int64_t)) {
    fail("unexpected message (kind %d, size %zu)", m ? (int)m->kind : -1,
         m ? m->size : (size_t)0);
    return false;
  }
  std::memcpy(out, m->data, sizeof *out);
  if (from) *from = m->from;
  return true;
}

inline aithon_pid spawn_monitored(aithon_behaviour fn, const void *arg, size_t size) {
  aithon_spawn_options opts{};
  opts.flags = AITHON_SPAWN_MONITOR;
  return aithon_spawn_opt(fn, arg, size, &opts);
}

// Await a monitored actor's int64 result; false (with an error) otherwise.
inline bool await_i64(aithon_pid pid, int64_t *out) {
  aithon_message *m = nullptr;
  int32_t reason = aithon_await(pid, &m);
  if (reason != AITHON_EXIT_NORMAL || m == nullptr || m->size != sizeof(int64_t)) {
    fail("await: exit reason %d, result size %zu", (int)reason, m ? m->size : (size_t)0);
    return false;
  }
  std::memcpy(out, m->data, sizeof *out);
  return true;
}

}  // namespace bench

#endif

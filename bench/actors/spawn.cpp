// spawn: spawn N actors that end at once, monitored; the spawner awaits them
// in batches of 1000.  Prints wall time / N in microseconds.
//   spawn [N]   (default 1,000,000)
// Twins: bench/peers/go/spawn.go, bench/peers/erlang/spawn.erl.
#include "bench_actors.h"

namespace {

constexpr int64_t kBatch = 1000;
int64_t g_ended;
double g_seconds;

void nothing(void *, size_t) {}

void main_actor(void *arg, size_t) {
  int64_t n;
  std::memcpy(&n, arg, sizeof n);
  aithon_pid pids[kBatch];
  int64_t dummy = 0, ended = 0;

  double t0 = bench::now();
  for (int64_t done = 0; done < n;) {
    int64_t k = n - done < kBatch ? n - done : kBatch;
    for (int64_t i = 0; i < k; ++i) {
      pids[i] = bench::spawn_monitored(nothing, &dummy, sizeof dummy);
      if (pids[i] == AITHON_NO_PID) return bench::fail("spawn %lld failed", (long long)(done + i));
    }
    for (int64_t i = 0; i < k; ++i)
      if (aithon_await(pids[i], nullptr) == AITHON_EXIT_NORMAL) ++ended;
    done += k;
  }
  g_seconds = bench::now() - t0;

  if (ended != n) return bench::fail("joined %lld, expected %lld", (long long)ended, (long long)n);
  g_ended = ended;
}

}  // namespace

int main(int argc, char **argv) {
  int64_t n = bench::arg(argc, argv, 1000000);
  int rc = bench::finish("spawn", aithon_runtime_run(main_actor, &n, sizeof n, nullptr));
  if (rc) return rc;
  std::printf("RESULT us_per_actor=%.4g actors=%lld seconds=%.4f\n", g_seconds * 1e6 / n,
              (long long)g_ended, g_seconds);
  return 0;
}

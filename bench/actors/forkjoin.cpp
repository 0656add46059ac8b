// forkjoin: 64 actors each run a MINSTD generator for ITERS/64 steps and sum
// its outputs; main awaits the 64 sums.  The loop calls aithon_yield_check()
// every iteration, as compiled code does on each back-edge.  The harness runs
// it with AITHON_WORKERS=1 and AITHON_WORKERS=2.
//   forkjoin [ITERS]   (default 256,000,000)
// Twins: bench/peers/go/forkjoin.go, bench/peers/erlang/forkjoin.erl.
#include "bench_actors.h"

namespace {

constexpr int64_t kTasks = 64;
int64_t g_checksum, g_iters;
double g_seconds;

struct Task {
  int64_t seed;
  int64_t iters;
};

int64_t work(int64_t seed, int64_t iters) {
  int64_t x = seed, sum = 0;
  for (int64_t i = 0; i < iters; ++i) {
    aithon_yield_check();
    x = x * 48271 % 2147483647;
    sum += x;
  }
  return sum;
}

void task(void *arg, size_t) {
  Task t;
  std::memcpy(&t, arg, sizeof t);
  int64_t sum = work(t.seed, t.iters);
  aithon_set_result(&sum, sizeof sum);
}

void main_actor(void *arg, size_t) {
  int64_t total;
  std::memcpy(&total, arg, sizeof total);
  int64_t iters = total / kTasks, sums[kTasks];
  aithon_pid pids[kTasks];

  double t0 = bench::now();
  for (int64_t i = 0; i < kTasks; ++i) {
    Task t{i + 1, iters};
    pids[i] = bench::spawn_monitored(task, &t, sizeof t);
    if (pids[i] == AITHON_NO_PID) return bench::fail("spawn failed");
  }
  for (int64_t i = 0; i < kTasks; ++i)
    if (!bench::await_i64(pids[i], &sums[i])) return;
  g_seconds = bench::now() - t0;

  int64_t checksum = 0;
  for (int64_t s : sums) checksum += s;
  // Self-check: recompute one task sequentially, outside the timed part.
  if (sums[kTasks - 1] != work(kTasks, iters)) return bench::fail("wrong task results");
  g_checksum = checksum;
  g_iters = iters * kTasks;
}

}  // namespace

int main(int argc, char **argv) {
  int64_t total = bench::arg(argc, argv, 256000000);
  int rc = bench::finish("forkjoin", aithon_runtime_run(main_actor, &total, sizeof total, nullptr));
  if (rc) return rc;
  std::printf("RESULT seconds=%.4f checksum=%lld tasks=%lld iters=%lld\n", g_seconds,
              (long long)g_checksum, (long long)kTasks, (long long)g_iters);
  return 0;
}

// parked: spawn N actors that each send "ready" and then block in receive;
// reads the process RSS (/proc/self/statm) before spawning and once all are
// ready (plus a 10 ms settle), prints the growth per actor, then releases
// them and waits for each one's "bye".
//   parked [N]   (default 10,000)
// Twins: bench/peers/go/parked.go, bench/peers/erlang/parked.erl.
#include "bench_actors.h"

#include <vector>

namespace {

enum : int64_t { kReady = 1, kRelease = 2, kBye = 3 };
int64_t g_n, g_before, g_after;

void parked(void *arg, size_t) {
  aithon_pid parent;
  std::memcpy(&parent, arg, sizeof parent);
  bench::send_i64(parent, kReady);
  int64_t v;
  if (!bench::recv_i64(&v)) return;  // parked here
  if (v != kRelease) return bench::fail("parked actor got %lld", (long long)v);
  bench::send_i64(parent, kBye);
}

int64_t collect(int64_t tag, int64_t n) {
  int64_t got = 0, v;
  for (int64_t i = 0; i < n; ++i) {
    if (!bench::recv_i64(&v)) break;
    if (v == tag) ++got;
  }
  return got;
}

void main_actor(void *arg, size_t) {
  int64_t n;
  std::memcpy(&n, arg, sizeof n);
  std::vector<aithon_pid> pids(n);  // touched before the first reading
  aithon_pid self = aithon_self();

  int64_t before = bench::rss_bytes();
  for (int64_t i = 0; i < n; ++i) {
    pids[i] = aithon_spawn(parked, &self, sizeof self);
    if (pids[i] == AITHON_NO_PID) return bench::fail("spawn %lld failed", (long long)i);
  }
  int64_t ready = collect(kReady, n);
  // Let every actor get from its send into its receive.
  if (aithon_receive(10 * 1000 * 1000) != nullptr) return bench::fail("stray message");
  int64_t after = bench::rss_bytes();

  for (int64_t i = 0; i < n; ++i) bench::send_i64(pids[i], kRelease);
  int64_t released = collect(kBye, n);
  if (ready != n || released != n)
    return bench::fail("%lld ready, %lld released, expected %lld", (long long)ready,
                       (long long)released, (long long)n);
  if (before < 0 || after < 0) return bench::fail("cannot read /proc/self/statm");
  g_n = n, g_before = before, g_after = after;
}

}  // namespace

int main(int argc, char **argv) {
  int64_t n = bench::arg(argc, argv, 10000);
  int rc = bench::finish("parked", aithon_runtime_run(main_actor, &n, sizeof n, nullptr));
  if (rc) return rc;
  std::printf("RESULT bytes_per_actor=%.1f actors=%lld rss_before=%lld rss_after=%lld\n",
              (double)(g_after - g_before) / g_n, (long long)g_n, (long long)g_before,
              (long long)g_after);
  return 0;
}

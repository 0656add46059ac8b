// pingpong: two actors bounce a message N times (N round-trips, 2N one-way
// messages); prints one-way messages per second.
//   pingpong [N]   (default 4,000,000 round-trips)
// Twins: bench/peers/go/pingpong.go, bench/peers/erlang/pingpong.erl.
#include "bench_actors.h"

namespace {

int64_t g_messages;
double g_seconds;

// Replies to every integer with the same integer; a negative one stops it
// and its result is how many it bounced.
void pong(void *, size_t) {
  int64_t count = 0, v;
  aithon_pid from;
  while (bench::recv_i64(&v, &from)) {
    if (v < 0) break;
    ++count;
    bench::send_i64(from, v);
  }
  aithon_set_result(&count, sizeof count);
}

void main_actor(void *arg, size_t) {
  int64_t n;
  std::memcpy(&n, arg, sizeof n);
  int64_t dummy = 0;
  aithon_pid p = bench::spawn_monitored(pong, &dummy, sizeof dummy);
  if (p == AITHON_NO_PID) return bench::fail("spawn failed");

  double t0 = bench::now();
  for (int64_t i = 0; i < n; ++i) {
    int64_t v;
    bench::send_i64(p, i);
    if (!bench::recv_i64(&v)) return;
    if (v != i) return bench::fail("got %lld, expected %lld", (long long)v, (long long)i);
  }
  g_seconds = bench::now() - t0;

  bench::send_i64(p, -1);
  int64_t count;
  if (!bench::await_i64(p, &count)) return;
  if (count != n)
    return bench::fail("pong received %lld, expected %lld", (long long)count, (long long)n);
  g_messages = 2 * n;
}

}  // namespace

int main(int argc, char **argv) {
  int64_t n = bench::arg(argc, argv, 4000000);
  int rc = bench::finish("pingpong", aithon_runtime_run(main_actor, &n, sizeof n, nullptr));
  if (rc) return rc;
  std::printf("RESULT msgs_per_sec=%.4g messages=%lld seconds=%.4f\n",
              g_messages / g_seconds, (long long)g_messages, g_seconds);
  return 0;
}

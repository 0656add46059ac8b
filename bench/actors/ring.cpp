// ring: 503 actors in a ring pass a token HOPS times.  Node k receives the
// token t; if t == 0 it reports k to main, else it passes t-1 to node k+1.
// Main injects HOPS at node 0, so node HOPS mod 503 finishes.  Prints hops
// per second.
//   ring [HOPS]   (default 10,000,000)
// Twins: bench/peers/go/ring.go, bench/peers/erlang/ring.erl.
#include "bench_actors.h"

namespace {

constexpr int64_t kNodes = 503;
int64_t g_hops;
double g_seconds;

struct NodeArg {
  int64_t id;
  aithon_pid main;
};

// First message: the next node's pid.  Then tokens (>= 0) and a stop (-1);
// the result is the number of tokens this node received.
void node(void *arg, size_t) {
  NodeArg a;
  std::memcpy(&a, arg, sizeof a);
  int64_t next_word, t, count = 0;
  if (!bench::recv_i64(&next_word)) return;
  aithon_pid next = (aithon_pid)next_word;
  while (bench::recv_i64(&t) && t >= 0) {
    ++count;
    if (t == 0)
      bench::send_i64(a.main, a.id);
    else
      bench::send_i64(next, t - 1);
  }
  aithon_set_result(&count, sizeof count);
}

void main_actor(void *arg, size_t) {
  int64_t hops;
  std::memcpy(&hops, arg, sizeof hops);
  aithon_pid pids[kNodes];
  for (int64_t i = 0; i < kNodes; ++i) {
    NodeArg a{i, aithon_self()};
    pids[i] = bench::spawn_monitored(node, &a, sizeof a);
    if (pids[i] == AITHON_NO_PID) return bench::fail("spawn failed");
  }
  for (int64_t i = 0; i < kNodes; ++i) bench::send_i64(pids[i], (int64_t)pids[(i + 1) % kNodes]);

  double t0 = bench::now();
  bench::send_i64(pids[0], hops);
  int64_t last;
  if (!bench::recv_i64(&last)) return;
  g_seconds = bench::now() - t0;

  int64_t total = 0, count;
  for (int64_t i = 0; i < kNodes; ++i) bench::send_i64(pids[i], -1);
  for (int64_t i = 0; i < kNodes; ++i) {
    if (!bench::await_i64(pids[i], &count)) return;
    total += count;
  }
  if (last != hops % kNodes || total != hops + 1)
    return bench::fail("ended at node %lld after %lld receives, expected %lld and %lld",
                       (long long)last, (long long)total, (long long)(hops % kNodes),
                       (long long)(hops + 1));
  g_hops = hops;
}

}  // namespace

int main(int argc, char **argv) {
  int64_t hops = bench::arg(argc, argv, 10000000);
  int rc = bench::finish("ring", aithon_runtime_run(main_actor, &hops, sizeof hops, nullptr));
  if (rc) return rc;
  std::printf("RESULT hops_per_sec=%.4g hops=%lld seconds=%.4f\n", g_hops / g_seconds,
              (long long)g_hops, g_seconds);
  return 0;
}

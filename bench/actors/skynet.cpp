// skynet: each actor spawns 10 children until LEAVES leaves; leaf i sends i
// to its parent, parents send the sum of their children's values.
//   skynet [LEAVES]   (default 1,000,000; a power of 10)
// Peak memory is measured by the harness (ru_maxrss).
// Twins: bench/peers/go/skynet.go, bench/peers/erlang/skynet.erl.
#include "bench_actors.h"

namespace {

constexpr int64_t kDiv = 10;
int64_t g_sum;
double g_seconds;

struct Node {
  aithon_pid parent;
  int64_t num;
  int64_t size;
};

void skynet(void *arg, size_t) {
  Node node;
  std::memcpy(&node, arg, sizeof node);
  if (node.size == 1) {
    bench::send_i64(node.parent, node.num);
    return;
  }
  int64_t sub = node.size / kDiv, expected = 0;
  for (int64_t i = 0; i < kDiv; ++i) {
    Node child{aithon_self(), node.num + i * sub, sub};
    if (aithon_spawn(skynet, &child, sizeof child) == AITHON_NO_PID)
      bench::fail("spawn failed (num %lld, size %lld)", (long long)child.num, (long long)sub);
    else
      ++expected;
  }
  int64_t sum = 0, v;
  for (int64_t i = 0; i < expected && bench::recv_i64(&v); ++i) sum += v;
  bench::send_i64(node.parent, sum);
}

void main_actor(void *arg, size_t) {
  int64_t leaves;
  std::memcpy(&leaves, arg, sizeof leaves);
  double t0 = bench::now();
  Node root{aithon_self(), 0, leaves};
  if (aithon_spawn(skynet, &root, sizeof root) == AITHON_NO_PID)
    return bench::fail("spawn failed");
  int64_t sum;
  if (!bench::recv_i64(&sum)) return;
  g_seconds = bench::now() - t0;
  if (sum != leaves * (leaves - 1) / 2)
    return bench::fail("sum %lld, expected %lld", (long long)sum,
                       (long long)(leaves * (leaves - 1) / 2));
  g_sum = sum;
}

}  // namespace

int main(int argc, char **argv) {
  int64_t leaves = bench::arg(argc, argv, 1000000);
  for (int64_t l = leaves; l != 1; l /= 10)
    if (l < 1 || l % 10 != 0) {
      std::fprintf(stderr, "skynet: LEAVES must be a power of 10\n");
      return 2;
    }
  int rc = bench::finish("skynet", aithon_runtime_run(main_actor, &leaves, sizeof leaves, nullptr));
  if (rc) return rc;
  std::printf("RESULT sum=%lld seconds=%.4f\n", (long long)g_sum, g_seconds);
  return 0;
}

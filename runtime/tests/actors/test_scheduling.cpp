// The scheduler: fairness under preemption, work stealing, and a mailbox
// under many concurrent senders.
#include <atomic>
#include <ctime>

#include "actor_test.h"

namespace {

double now_seconds() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// ---- fairness: one worker, a spinner that never blocks, and an actor that
// only needs one turn.  The spinner's yield checks (as compiled code has on
// every back-edge) must let the other actor run.
std::atomic<bool> other_ran{false};

void spinner(void *, size_t) {
  double give_up = now_seconds() + 10.0;
  uint64_t spins = 0;
  while (!other_ran.load(std::memory_order_relaxed)) {
    aithon_yield_check();
    if ((++spins & 0xfffff) == 0 && now_seconds() > give_up) break;
  }
  int ok = other_ran.load() ? 1 : 0;
  aithon_set_result(&ok, sizeof ok);
}

void one_turn(void *, size_t) { other_ran.store(true); }

void fairness_main(void *, size_t) {
  aithon_spawn_options monitor = {AITHON_SPAWN_MONITOR, 0};
  aithon_pid s = aithon_spawn_opt(spinner, nullptr, 0, &monitor);
  // Let the spinner start first, then spawn the other actor behind it.
  aithon_yield();
  aithon_pid o = aithon_spawn_opt(one_turn, nullptr, 0, &monitor);
  aithon_message *result = nullptr;
  CHECK(aithon_await(s, &result) == AITHON_EXIT_NORMAL);
  int ok = 0;
  if (result != nullptr) std::memcpy(&ok, result->data, sizeof ok);
  CHECK(ok == 1);
  CHECK(aithon_await(o, nullptr) == AITHON_EXIT_NORMAL);
  CHECK(aithon_current_worker() == 0);
}

// ---- work stealing: a burst spawned on one worker spreads across both.
// Each task counts, per worker, the chunks of its loop run there (a task
// may start on one worker and be stolen, between slices, by the other).
std::atomic<int> ran_on[2];
constexpr int kChunks = 50;

void busy_task(void *, size_t) {
  volatile uint64_t x = 0;
  for (int chunk = 0; chunk < kChunks; ++chunk) {
    for (int i = 0; i < 4000; ++i) {
      x = x + static_cast<uint64_t>(i);
      aithon_yield_check();
    }
    ran_on[aithon_current_worker()].fetch_add(1);
  }
}

void nothing(void *, size_t) {}

// Bursts of actors too short to be worth stealing: thieves back off.
void spawn_tiny_bursts(int bursts) {
  aithon_spawn_options monitor = {AITHON_SPAWN_MONITOR, 0};
  aithon_pid pids[500];
  for (int b = 0; b < bursts; ++b) {
    for (auto &p : pids) p = aithon_spawn_opt(nothing, nullptr, 0, &monitor);
    for (auto p : pids) CHECK(aithon_await(p, nullptr) == AITHON_EXIT_NORMAL);
  }
}

void stealing_main(void *arg, size_t) {
  // First, with a true argument, the bursts of tiny actors: the busy ones
  // below then meet a thief backed off as far as it goes, and it must still
  // come.
  bool after_tiny_bursts = false;
  std::memcpy(&after_tiny_bursts, arg, sizeof after_tiny_bursts);
  if (after_tiny_bursts) spawn_tiny_bursts(400);
  aithon_spawn_options monitor = {AITHON_SPAWN_MONITOR, 0};
  aithon_pid pids[64];
  for (auto &p : pids) p = aithon_spawn_opt(busy_task, nullptr, 0, &monitor);
  for (auto p : pids) CHECK(aithon_await(p, nullptr) == AITHON_EXIT_NORMAL);
  aithon_runtime_stats stats;
  aithon_runtime_get_stats(&stats);
  CHECK(stats.steals > 0);
  // Both workers did a real share: at least a quarter of the chunks each.
  int total = 64 * kChunks;
  CHECK(ran_on[0].load() + ran_on[1].load() == total);
  CHECK(ran_on[0].load() >= total / 4);
  CHECK(ran_on[1].load() >= total / 4);
  if (ran_on[0].load() < total / 4 || ran_on[1].load() < total / 4) {
    std::fprintf(stderr, "chunks per worker: %d %d\n", ran_on[0].load(), ran_on[1].load());
  }
}

// ---- mailbox: many senders on both workers, one receiver.  Nothing lost,
// nothing duplicated, FIFO per sender.
constexpr int kSenders = 16;
constexpr int64_t kPerSender = 20000;

struct Numbered {
  int64_t sender;
  int64_t seq;
};

void sender(void *arg, size_t) {
  struct Arg {
    aithon_pid to;
    int64_t id;
  } a;
  std::memcpy(&a, arg, sizeof a);
  for (int64_t i = 0; i < kPerSender; ++i) send_value(a.to, Numbered{a.id, i});
}

void mailbox_main(void *, size_t) {
  struct Arg {
    aithon_pid to;
    int64_t id;
  };
  for (int64_t id = 0; id < kSenders; ++id) {
    Arg a = {aithon_self(), id};
    aithon_spawn(sender, &a, sizeof a);
  }
  int64_t next[kSenders] = {};
  for (int64_t n = 0; n < kSenders * kPerSender; ++n) {
    Numbered m = receive_value<Numbered>();
    if (m.sender < 0 || m.sender >= kSenders) {
      CHECK(false);
      return;
    }
    CHECK(m.seq == next[m.sender]);
    next[m.sender] = m.seq + 1;
  }
  for (int64_t id = 0; id < kSenders; ++id) CHECK(next[id] == kPerSender);
  CHECK(aithon_receive(10 * 1000 * 1000) == nullptr);  // nothing duplicated
}

// ---- idle workers park: a program whose only actor waits 300 ms uses
// (almost) no CPU time, with two workers.
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

void idle_main(void *, size_t) {
  double cpu_before = cpu_seconds();
  double wall_before = now_seconds();
  CHECK(aithon_receive(300ll * 1000 * 1000) == nullptr);
  double wall = now_seconds() - wall_before;
  double cpu = cpu_seconds() - cpu_before;
  CHECK(wall >= 0.3);
  // Spinning workers would burn about 0.6 s here (two of them).
  CHECK(cpu < 0.05);
  if (cpu >= 0.05) std::fprintf(stderr, "idle: %.3f s of CPU in %.3f s\n", cpu, wall);
}

}  // namespace

int main() {
  CHECK(run_main(idle_main, 2) == 0);
  CHECK(run_main(fairness_main, 1) == 0);
  for (bool after_tiny_bursts : {false, true}) {
    ran_on[0].store(0);
    ran_on[1].store(0);
    CHECK(run_main(stealing_main, 2, &after_tiny_bursts, sizeof after_tiny_bursts) == 0);
  }
  for (uint32_t workers : {1u, 2u}) CHECK(run_main(mailbox_main, workers) == 0);
  if (check_failures == 0) std::puts("test_scheduling: ok");
  return check_failures == 0 ? 0 : 1;
}

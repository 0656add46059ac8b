// Supervisors restart children by strategy and give up past the restart
// intensity.
#include <atomic>
#include <thread>

#include "actor_test.h"

namespace {

std::atomic<int> starts[3];

// A child that counts its starts and waits for orders: a message 1 makes it
// fail, 2 makes it end normally.
void worker_child(void *arg, size_t) {
  int id;
  std::memcpy(&id, arg, sizeof id);
  starts[id].fetch_add(1);
  for (;;) {
    int order = receive_value<int>();
    if (order == 1) aithon_exit(900 + id);
    if (order == 2) return;
  }
}

aithon_supervisor_spec make_spec(uint32_t strategy, uint32_t max_restarts, double period,
                                 aithon_child_spec *children, const int *ids, uint32_t restart) {
  for (int i = 0; i < 3; ++i) children[i] = {worker_child, &ids[i], sizeof(int), restart};
  return {strategy, max_restarts, period, 3, children};
}

// Wait until the supervisor reports a running child i different from `old`.
aithon_pid wait_for_new_child(aithon_pid sup, size_t i, aithon_pid old) {
  for (int tries = 0; tries < 10000; ++tries) {
    aithon_pid now = aithon_supervisor_child(sup, i);
    if (now != AITHON_NO_PID && now != old) return now;
    aithon_receive(100 * 1000);  // 0.1 ms
  }
  return AITHON_NO_PID;
}

// Children count their starts when they run, which may be a moment after
// the supervisor reports their pid.
bool starts_reach(int a, int b, int c) {
  for (int tries = 0; tries < 50000; ++tries) {
    if (starts[0].load() == a && starts[1].load() == b && starts[2].load() == c) return true;
    aithon_receive(100 * 1000);
  }
  std::fprintf(stderr, "starts: %d %d %d, expected %d %d %d\n", starts[0].load(), starts[1].load(), starts[2].load(),
               a, b, c);
  return false;
}

void one_for_one_main(void *, size_t) {
  static const int ids[3] = {0, 1, 2};
  aithon_child_spec children[3];
  aithon_supervisor_spec spec = make_spec(AITHON_ONE_FOR_ONE, 3, 10.0, children, ids, AITHON_PERMANENT);
  aithon_trap_exits(true);  // the supervisor is linked to us; we want to watch it end
  aithon_pid sup = aithon_supervisor_start(&spec);
  aithon_pid c0 = wait_for_new_child(sup, 0, AITHON_NO_PID);
  aithon_pid c1 = wait_for_new_child(sup, 1, AITHON_NO_PID);
  aithon_pid c2 = wait_for_new_child(sup, 2, AITHON_NO_PID);
  CHECK(c0 != AITHON_NO_PID && c1 != AITHON_NO_PID && c2 != AITHON_NO_PID);

  // Child 1 fails: only child 1 restarts.
  send_value<int>(c1, 1);
  aithon_pid c1b = wait_for_new_child(sup, 1, c1);
  CHECK(c1b != AITHON_NO_PID);
  CHECK(aithon_supervisor_child(sup, 0) == c0);
  CHECK(aithon_supervisor_child(sup, 2) == c2);
  CHECK(starts_reach(1, 2, 1));

  // Three restarts are allowed in the window; the fourth failure ends the
  // supervisor with RESTART_LIMIT (2 more here, then the fatal one).
  send_value<int>(c1b, 1);
  aithon_pid c1c = wait_for_new_child(sup, 1, c1b);
  send_value<int>(c1c, 1);
  aithon_pid c1d = wait_for_new_child(sup, 1, c1c);
  CHECK(starts_reach(1, 4, 1));
  send_value<int>(c1d, 1);
  aithon_message *m = aithon_receive(-1);
  CHECK(m->kind == AITHON_MSG_EXIT && m->from == sup && m->reason == AITHON_EXIT_RESTART_LIMIT);
  // ... and it stopped the other children on its way out.
  uint64_t r0 = aithon_monitor(c0);
  m = aithon_receive(-1);
  CHECK(m->kind == AITHON_MSG_DOWN && m->ref == r0 && m->reason == AITHON_EXIT_NOPROC);
}

void one_for_all_main(void *, size_t) {
  static const int ids[3] = {0, 1, 2};
  aithon_child_spec children[3];
  aithon_supervisor_spec spec = make_spec(AITHON_ONE_FOR_ALL, 5, 10.0, children, ids, AITHON_PERMANENT);
  aithon_pid sup = aithon_supervisor_start(&spec);
  aithon_pid before[3], after[3];
  for (size_t i = 0; i < 3; ++i) before[i] = wait_for_new_child(sup, i, AITHON_NO_PID);
  send_value<int>(before[2], 1);
  for (size_t i = 0; i < 3; ++i) after[i] = wait_for_new_child(sup, i, before[i]);
  for (size_t i = 0; i < 3; ++i) CHECK(after[i] != AITHON_NO_PID && after[i] != before[i]);
  CHECK(starts_reach(2, 2, 2));
}

void transient_main(void *, size_t) {
  static const int ids[3] = {0, 1, 2};
  aithon_child_spec children[3];
  aithon_supervisor_spec spec = make_spec(AITHON_ONE_FOR_ONE, 5, 10.0, children, ids, AITHON_TRANSIENT);
  aithon_pid sup = aithon_supervisor_start(&spec);
  aithon_pid c0 = wait_for_new_child(sup, 0, AITHON_NO_PID);
  aithon_pid c1 = wait_for_new_child(sup, 1, AITHON_NO_PID);
  send_value<int>(c0, 2);  // normal end: not restarted
  send_value<int>(c1, 1);  // failure: restarted
  CHECK(wait_for_new_child(sup, 1, c1) != AITHON_NO_PID);
  uint64_t ref = aithon_monitor(c0);
  aithon_message *m = aithon_receive(-1);
  CHECK(m->kind == AITHON_MSG_DOWN && m->ref == ref);
  CHECK(aithon_supervisor_child(sup, 0) == AITHON_NO_PID);
  CHECK(starts_reach(1, 2, 1));
  // An exit signal sent from outside any actor comes "from" AITHON_NO_PID:
  // it must not be taken for the end of child 0, whose entry is empty now
  // (it would be restarted: 77 is no normal end).
  std::thread outside([sup] { aithon_exit_pid(sup, 77); });
  outside.join();
  CHECK(aithon_supervisor_child(sup, 0) == AITHON_NO_PID);
  CHECK(starts_reach(1, 2, 1));
}

// TEMPORARY children are never restarted.
void temporary_main(void *, size_t) {
  static const int ids[3] = {0, 1, 2};
  aithon_child_spec children[3];
  aithon_supervisor_spec spec = make_spec(AITHON_ONE_FOR_ONE, 5, 10.0, children, ids, AITHON_TEMPORARY);
  aithon_pid sup = aithon_supervisor_start(&spec);
  aithon_pid c0 = wait_for_new_child(sup, 0, AITHON_NO_PID);
  send_value<int>(c0, 1);  // fails
  uint64_t ref = aithon_monitor(c0);
  aithon_message *m = aithon_receive(-1);
  CHECK(m->kind == AITHON_MSG_DOWN && m->ref == ref);
  CHECK(aithon_supervisor_child(sup, 0) == AITHON_NO_PID);  // gone for good
  CHECK(aithon_supervisor_child(sup, 1) != AITHON_NO_PID);  // the others run on
  CHECK(starts_reach(1, 1, 1));
}

// A spec out of range is refused.
void bad_spec_main(void *, size_t) {
  static const int ids[3] = {0, 1, 2};
  aithon_child_spec children[3];
  aithon_supervisor_spec spec = make_spec(AITHON_ONE_FOR_ONE, 10001, 1.0, children, ids, AITHON_PERMANENT);
  CHECK(aithon_supervisor_start(&spec) == AITHON_NO_PID);
  spec = make_spec(AITHON_ONE_FOR_ONE, 4294967295u, 1.0, children, ids, AITHON_PERMANENT);
  CHECK(aithon_supervisor_start(&spec) == AITHON_NO_PID);
  spec = make_spec(AITHON_ONE_FOR_ONE, 3, -1.0, children, ids, AITHON_PERMANENT);
  CHECK(aithon_supervisor_start(&spec) == AITHON_NO_PID);
  CHECK(starts_reach(0, 0, 0));
}

void reset() {
  for (auto &s : starts) s.store(0);
}

}  // namespace

int main() {
  for (uint32_t workers : {1u, 2u}) {
    reset();
    CHECK(run_main(one_for_one_main, workers) == 0);
    reset();
    CHECK(run_main(one_for_all_main, workers) == 0);
    reset();
    CHECK(run_main(transient_main, workers) == 0);
    reset();
    CHECK(run_main(bad_spec_main, workers) == 0);
    reset();
    CHECK(run_main(temporary_main, workers) == 0);
  }
  if (check_failures == 0) std::puts("test_supervision: ok");
  return check_failures == 0 ? 0 : 1;
}

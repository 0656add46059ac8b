// Supervisors restart children by strategy and give up past the restart
// intensity.
#include <atomic>
#include <thread>

#include "actor_test.h"
#include "int_helpers.h"

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

// ---- aithon_child_pid ----

// Calls aithon_child_pid(sup, index) and returns what it gave as its result.
struct ChildPidArg {
  aithon_pid sup;
  aithon_int index;
};
void calls_child_pid(void *arg, size_t) {
  ChildPidArg a;
  std::memcpy(&a, arg, sizeof a);
  aithon_pid pid = aithon_child_pid(a.sup, a.index);
  aithon_set_result(&pid, sizeof pid);
}

// The exit reason of an actor calling aithon_child_pid(sup, index); *pid is
// what the call returned if it did.
int32_t child_pid_in_actor(aithon_pid sup, aithon_int index, aithon_pid *pid = nullptr) {
  ChildPidArg arg = {sup, index};
  aithon_spawn_options monitor = {AITHON_SPAWN_MONITOR, 0};
  aithon_message *result = nullptr;
  int32_t reason = aithon_await(aithon_spawn_opt(calls_child_pid, &arg, sizeof arg, &monitor), &result);
  if (pid != nullptr && result != nullptr && result->size == sizeof *pid) std::memcpy(pid, result->data, sizeof *pid);
  return reason;
}

// Busy with something else: never answers a request.
void waits_for_nothing(void *, size_t) { aithon_receive_kind(AITHON_MSG_DOWN, -1); }

// 2**100: kept in a global, so the big int stays reachable (never freed).
aithon_int big_index;

void child_pid_main(void *, size_t) {
  static const int ids[3] = {0, 1, 2};
  aithon_child_spec children[3];
  aithon_supervisor_spec spec = make_spec(AITHON_ONE_FOR_ONE, 5, 10.0, children, ids, AITHON_TRANSIENT);
  aithon_pid sup = aithon_supervisor_start(&spec);
  aithon_pid c0 = wait_for_new_child(sup, 0, AITHON_NO_PID);
  aithon_pid c2 = wait_for_new_child(sup, 2, AITHON_NO_PID);
  CHECK(aithon_child_pid(sup, S(0)) == c0);
  CHECK(aithon_child_pid(sup, S(2)) == c2);
  // Out of range: an error that ends only the caller.
  int32_t no_child = AITHON_EXIT_FOR_ERROR(AITHON_ERR_NO_SUCH_CHILD);
  CHECK(child_pid_in_actor(sup, S(3)) == no_child);
  CHECK(child_pid_in_actor(sup, S(-1)) == no_child);
  CHECK(child_pid_in_actor(sup, S(aithon::rt::kSmallMax)) == no_child);
  CHECK(child_pid_in_actor(sup, big_index) == no_child);
  // Not a supervisor, even one that never reads its mailbox: an error, at once.
  int32_t not_sup = AITHON_EXIT_FOR_ERROR(AITHON_ERR_NOT_A_SUPERVISOR);
  aithon_pid busy = aithon_spawn(waits_for_nothing, nullptr, 0);
  CHECK(child_pid_in_actor(busy, S(0)) == not_sup);
  CHECK(child_pid_in_actor(aithon_self(), S(0)) == not_sup);
  CHECK(child_pid_in_actor(c0, S(0)) == not_sup);
  aithon_exit_pid(busy, AITHON_EXIT_KILL);
  // A child that ended for good: its last pid, where aithon_supervisor_child
  // says AITHON_NO_PID.
  send_value<int>(c0, 2);
  uint64_t ref = aithon_monitor(c0);
  aithon_message *m = aithon_receive_kind(AITHON_MSG_DOWN, -1);
  CHECK(m != nullptr && m->ref == ref);
  CHECK(aithon_supervisor_child(sup, 0) == AITHON_NO_PID);
  CHECK(aithon_child_pid(sup, S(0)) == c0);
  // A supervisor that is gone, and no pid at all: AITHON_NO_PID.
  aithon_unlink(sup);
  uint64_t sup_ref = aithon_monitor(sup);
  aithon_exit_pid(sup, AITHON_EXIT_KILL);
  m = aithon_receive_kind(AITHON_MSG_DOWN, -1);
  CHECK(m != nullptr && m->ref == sup_ref);
  aithon_pid pid = 1;
  CHECK(child_pid_in_actor(sup, S(0), &pid) == AITHON_EXIT_NORMAL && pid == AITHON_NO_PID);
  CHECK(aithon_child_pid(AITHON_NO_PID, S(0)) == AITHON_NO_PID);
  CHECK(aithon_supervisor_child(sup, 0) == AITHON_NO_PID);
}

// ---- a supervisor's failure line, and NameError names ----

const char kBadName[] = "bad_name";
std::atomic<int> name_error_starts{0};

// Fails with a NameError the first time, then waits.
void fails_once(void *, size_t) {
  if (name_error_starts.fetch_add(1) == 0) aithon_raise_name_error(kBadName);
  aithon_receive(-1);
}

aithon_pid reported_sup;

void report_main(void *, size_t) {
  aithon_child_spec child = {fails_once, nullptr, 0, AITHON_PERMANENT};
  aithon_supervisor_spec spec = {AITHON_ONE_FOR_ONE, 3, 10.0, 1, &child};
  reported_sup = aithon_supervisor_start(&spec);
  while (name_error_starts.load() < 2) aithon_receive(100 * 1000);  // restarted: reported before
}

// In a child process: report_main, then the supervisor's slot and
// generation on a last line of stderr, for the parent to check against.
void report_in_child() {
  int status = run_main(report_main, 1);
  char line[64];
  std::snprintf(line, sizeof line, "sup %u.%u\n", static_cast<unsigned>(reported_sup & 0xffffffffu),
                static_cast<unsigned>(reported_sup >> 32));
  if (write(2, line, std::strlen(line)) < 0) status = 2;
  _exit(status);
}

// Starts a supervisor, tells its parent, then fails on kBadName when told.
void starts_then_fails(void *arg, size_t) {
  aithon_pid parent;
  std::memcpy(&parent, arg, sizeof parent);
  static const int id = 0;
  aithon_child_spec child = {worker_child, &id, sizeof id, AITHON_PERMANENT};
  aithon_supervisor_spec spec = {AITHON_ONE_FOR_ONE, 3, 10.0, 1, &child};
  send_value(parent, aithon_supervisor_start(&spec));
  receive_value<int>();
  aithon_raise_name_error(kBadName);
}

// A supervisor whose starter fails ends with the starter's reason and name.
void starter_name_main(void *, size_t) {
  aithon_pid self = aithon_self();
  aithon_spawn_options monitor = {AITHON_SPAWN_MONITOR, 0};
  aithon_pid starter = aithon_spawn_opt(starts_then_fails, &self, sizeof self, &monitor);
  aithon_pid sup = receive_value<aithon_pid>();
  uint64_t ref = aithon_monitor(sup);
  send_value<int>(starter, 0);
  int32_t name_error = AITHON_EXIT_FOR_ERROR(AITHON_ERR_UNBOUND_GLOBAL);
  CHECK(aithon_await(starter, nullptr) == name_error);
  aithon_message *m = aithon_receive_kind(AITHON_MSG_DOWN, -1);
  CHECK(m != nullptr && m->ref == ref && m->reason == name_error);
  const char *name = nullptr;
  if (m != nullptr && m->size == sizeof name) std::memcpy(&name, m->data, sizeof name);
  CHECK(name == kBadName);
}

void reset() {
  for (auto &s : starts) s.store(0);
}

}  // namespace

int main() {
  // The supervisor names itself as pids are printed, and the child's error
  // with its NameError name.  First, while this process has never run a
  // worker thread: ThreadSanitizer loses track of a forked child's memory
  // that other threads touched.
  std::string err;
  CHECK(run_in_child(report_in_child, &err) == 0);
  std::size_t last = err.rfind("sup ");
  std::string sup = last != std::string::npos ? err.substr(last + 4, err.size() - last - 5) : "?";
  CHECK_STR(err, "supervisor <Pid " + sup + ">: child 0 failed: NameError: name 'bad_name' is not defined\n" +
                     "sup " + sup + "\n");
  big_index = aithon_int_pow(S(2), S(100));
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
    reset();
    CHECK(run_main(child_pid_main, workers) == 0);
    reset();
    CHECK(run_main(starter_name_main, workers) == 0);
  }
  if (check_failures == 0) std::puts("test_supervision: ok");
  return check_failures == 0 ? 0 : 1;
}

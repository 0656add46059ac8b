// Supervisors: an actor that starts children, links to them, traps their
// exits and restarts them by strategy, within a restart intensity -- OTP's
// supervisor, reduced to its core.
//
//   one_for_one  only the child that ended is restarted;
//   one_for_all  the others are stopped (SHUTDOWN) and all restart in order.
// A child restarts according to its restart type (PERMANENT always,
// TRANSIENT unless it ended normally or by SHUTDOWN, TEMPORARY never).  More
// than max_restarts restarts within period_seconds and the supervisor stops
// its children and ends with AITHON_EXIT_RESTART_LIMIT, so that its own
// supervisor (or linked starter) learns about it.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "../internal.h"
#include "../tagged.h"
#include "lifecycle.h"

using namespace aithon::rt;

namespace {

// The spec travels to the supervisor as its spawn argument: this header,
// the children, then each child's argument bytes.
struct SpecHeader {
  uint32_t strategy;
  uint32_t max_restarts;
  double period_seconds;
  aithon_pid parent;
  uint64_t child_count;
};
struct ChildHeader {
  aithon_behaviour fn;
  uint64_t size;
  uint64_t offset;  // of the argument bytes, from the start of the buffer
  uint32_t restart;
};

// "Which pid has child i?" and its answer, as messages.
constexpr uint64_t kWhichChild = 0x41495448534f5031ull;  // "AITHSOP1"
constexpr uint64_t kChildIs = 0x41495448534f5032ull;     // "AITHSOP2"
struct Request {
  uint64_t magic;
  uint64_t index;
};
// Callers tell an index out of range (an error for child_pid) from a child
// that is not running.
enum class ChildState : uint64_t { Running, NotRunning, NoSuchChild };
struct Reply {
  uint64_t magic;
  ChildState state;
  aithon_pid pid;  // Running: its pid; NotRunning: its last one (or none)
};

constexpr int64_t kShutdownTimeoutNs = 1000ll * 1000 * 1000;
constexpr uint32_t kMostRestarts = 10000;

class Supervisor {
 public:
  // Everything lives in the supervisor's own heap, which goes away with it
  // however it ends (no destructor would run after aithon_exit).
  explicit Supervisor(const unsigned char *spec) : spec_(spec) {
    std::memcpy(&header_, spec, sizeof header_);
    pids_ = static_cast<aithon_pid *>(aithon_heap_alloc(header_.child_count * sizeof(aithon_pid)));
    last_pids_ = static_cast<aithon_pid *>(aithon_heap_alloc(header_.child_count * sizeof(aithon_pid)));
    for (std::size_t i = 0; i < header_.child_count; ++i) pids_[i] = last_pids_[i] = AITHON_NO_PID;
    restarts_ = static_cast<double *>(aithon_heap_alloc((std::size_t{header_.max_restarts} + 1) * sizeof(double)));
    was_running_ = static_cast<bool *>(aithon_heap_alloc(header_.child_count));
  }

  [[noreturn]] void run() {
    aithon_trap_exits(true);
    for (std::size_t i = 0; i < header_.child_count; ++i) start(i);
    for (;;) {
      aithon_message *m = aithon_receive(-1);
      if (m->kind == AITHON_MSG_EXIT) {
        on_exit(*m);
      } else if (m->kind == AITHON_MSG_USER && m->size == sizeof(Request)) {
        answer(*m);
      }
    }
  }

 private:
  ChildHeader child(std::size_t i) const {
    ChildHeader c;
    std::memcpy(&c, spec_ + sizeof(SpecHeader) + i * sizeof(ChildHeader), sizeof c);
    return c;
  }

  void start(std::size_t i) {
    ChildHeader c = child(i);
    aithon_spawn_options options = {AITHON_SPAWN_LINK, 0};
    pids_[i] = aithon_spawn_opt(c.fn, spec_ + c.offset, c.size, &options);
    if (pids_[i] != AITHON_NO_PID) {
      last_pids_[i] = pids_[i];
      return;
    }
    char name[kPidTextMax], line[160];
    format_pid(aithon_self(), name);
    std::snprintf(line, sizeof line, "supervisor %s: cannot start child %zu (no stack slot)\n", name, i);
    flush_stdout();
    write_stderr(line);
  }

  // Stop a child and wait until it is gone (killing it if it ignores SHUTDOWN).
  void stop(std::size_t i) {
    aithon_pid pid = pids_[i];
    if (pid == AITHON_NO_PID) return;
    pids_[i] = AITHON_NO_PID;
    aithon_unlink(pid);
    uint64_t ref = aithon_monitor(pid);
    aithon_exit_pid(pid, AITHON_EXIT_SHUTDOWN);
    auto is_down = [](const aithon_message &m, const void *r) {
      return m.kind == AITHON_MSG_DOWN && m.ref == *static_cast<const uint64_t *>(r);
    };
    if (receive_matching(is_down, &ref, kShutdownTimeoutNs) == nullptr) {
      aithon_exit_pid(pid, AITHON_EXIT_KILL);
      receive_matching(is_down, &ref, -1);
    }
  }

  // detail: what the error behind `reason` named, passed on as an actor
  // ended by a link would (links.cpp, act_on_signal).
  [[noreturn]] void give_up(int32_t reason, const char *detail = nullptr) {
    for (std::size_t i = header_.child_count; i > 0; --i) stop(i - 1);
    current_actor()->error_detail = detail;
    aithon_exit(reason);
  }

  // restarts_ holds the times of the last max_restarts restarts.
  bool within_intensity() {
    double now = static_cast<double>(monotonic_ns()) / 1e9;
    std::size_t recent = 0;
    for (std::size_t k = 0; k < restart_count_; ++k) {
      if (now - restarts_[k] < header_.period_seconds) ++recent;
    }
    if (recent >= header_.max_restarts) return false;
    if (header_.max_restarts == 0) return true;
    if (restart_count_ == header_.max_restarts) {
      std::memmove(restarts_, restarts_ + 1, (restart_count_ - 1) * sizeof(double));
      --restart_count_;
    }
    restarts_[restart_count_++] = now;
    return true;
  }

  void on_exit(const aithon_message &m) {
    aithon_pid from = m.from;
    int32_t reason = m.reason;
    if (from == AITHON_NO_PID) return;  // sent from outside any actor: not a child
    if (from == header_.parent) {
      give_up(reason == AITHON_EXIT_NORMAL ? AITHON_EXIT_SHUTDOWN : reason, message_detail(m));
    }
    std::size_t i = 0;
    while (i < header_.child_count && pids_[i] != from) ++i;
    if (i == header_.child_count) return;  // not (or no longer) our child
    pids_[i] = AITHON_NO_PID;
    ChildHeader c = child(i);
    bool clean = reason == AITHON_EXIT_NORMAL || reason == AITHON_EXIT_SHUTDOWN;
    if (c.restart == AITHON_TEMPORARY || (c.restart == AITHON_TRANSIENT && clean)) return;
    if (!clean) report_child_failure(i, reason, message_detail(m));
    if (!within_intensity()) give_up(AITHON_EXIT_RESTART_LIMIT);
    if (header_.strategy == AITHON_ONE_FOR_ALL) {
      // Stop the others, then start again the ones that were running (and
      // the one that failed), in order.  TEMPORARY children stay stopped.
      for (std::size_t j = 0; j < header_.child_count; ++j) {
        was_running_[j] = j == i || (pids_[j] != AITHON_NO_PID && child(j).restart != AITHON_TEMPORARY);
      }
      for (std::size_t j = header_.child_count; j > 0; --j) stop(j - 1);
      for (std::size_t j = 0; j < header_.child_count; ++j) {
        if (was_running_[j]) start(j);
      }
    } else {
      start(i);
    }
  }

  // As the runtime's own failure reports do (links.cpp, report_failure).
  void report_child_failure(std::size_t i, int32_t reason, const char *detail) {
    char name[kPidTextMax], text[256], line[400];
    format_pid(aithon_self(), name);
    exit_reason_text(reason, detail, text, sizeof text);
    std::snprintf(line, sizeof line, "supervisor %s: child %zu failed: %s\n", name, i, text);
    flush_stdout();
    write_stderr(line);
  }

  void answer(const aithon_message &m) {
    Request request;
    std::memcpy(&request, m.data, sizeof request);
    if (request.magic != kWhichChild) return;
    Reply reply = {kChildIs, ChildState::NoSuchChild, AITHON_NO_PID};
    if (request.index < header_.child_count) {
      aithon_pid pid = pids_[request.index];
      reply.state = pid != AITHON_NO_PID ? ChildState::Running : ChildState::NotRunning;
      reply.pid = pid != AITHON_NO_PID ? pid : last_pids_[request.index];
    }
    aithon_send(m.from, &reply, sizeof reply);
  }

  const unsigned char *spec_;
  SpecHeader header_;
  aithon_pid *pids_;       // the running children's pids (AITHON_NO_PID: not running)
  aithon_pid *last_pids_;  // the last pid of each child that ever started
  double *restarts_;
  bool *was_running_;  // one_for_all's scratch
  std::size_t restart_count_ = 0;
};

void supervisor_main(void *arg, size_t) {
  Supervisor supervisor(static_cast<const unsigned char *>(arg));
  supervisor.run();
}

// Ask `supervisor` about child `index` and wait for its reply; false if it
// ended first (its DOWN came instead).
bool ask_child(aithon_pid supervisor, std::size_t index, Reply *out) {
  uint64_t ref = aithon_monitor(supervisor);
  Request request = {kWhichChild, index};
  aithon_send(supervisor, &request, sizeof request);
  struct Wanted {
    aithon_pid supervisor;
    uint64_t ref;
  } wanted = {supervisor, ref};
  aithon_message *m = receive_matching(
      [](const aithon_message &m, const void *p) {
        const auto *w = static_cast<const Wanted *>(p);
        if (m.kind == AITHON_MSG_DOWN) return m.ref == w->ref;
        if (m.kind != AITHON_MSG_USER || m.from != w->supervisor || m.size != sizeof(Reply)) return false;
        uint64_t magic;
        std::memcpy(&magic, m.data, sizeof magic);
        return magic == kChildIs;
      },
      &wanted, -1);
  if (m->kind == AITHON_MSG_DOWN) return false;
  std::memcpy(out, m->data, sizeof *out);
  aithon_demonitor(ref);
  return true;
}

}  // namespace

extern "C" {

aithon_pid aithon_supervisor_start(const aithon_supervisor_spec *spec) {
  // The restart times are kept in the supervisor's heap: bound them.
  if (spec->max_restarts > kMostRestarts || !(spec->period_seconds >= 0)) return AITHON_NO_PID;
  std::size_t size = sizeof(SpecHeader) + spec->child_count * sizeof(ChildHeader);
  // Scratch in the caller's own heap (not std::vector): the spawn below may
  // act on an exit signal and end the caller, and no destructor would run.
  auto *offsets = static_cast<uint64_t *>(aithon_heap_alloc(spec->child_count * sizeof(uint64_t)));
  for (std::size_t i = 0; i < spec->child_count; ++i) {
    size = (size + 15) & ~std::size_t{15};
    offsets[i] = size;
    size += spec->children[i].size;
  }
  auto *buffer = static_cast<unsigned char *>(aithon_heap_alloc(size));
  SpecHeader header = {spec->strategy, spec->max_restarts, spec->period_seconds, aithon_self(), spec->child_count};
  std::memcpy(buffer, &header, sizeof header);
  for (std::size_t i = 0; i < spec->child_count; ++i) {
    const aithon_child_spec &c = spec->children[i];
    ChildHeader ch = {c.fn, c.size, offsets[i], c.restart};
    std::memcpy(buffer + sizeof header + i * sizeof ch, &ch, sizeof ch);
    if (c.size != 0) std::memcpy(buffer + offsets[i], c.arg, c.size);
  }
  aithon_spawn_options options = {AITHON_SPAWN_LINK, 0};
  return aithon_spawn_opt(supervisor_main, buffer, size, &options);
}

aithon_pid aithon_supervisor_child(aithon_pid supervisor, size_t index) {
  if (aithon_self() == AITHON_NO_PID) fatal("aithon_supervisor_child called outside an actor");
  Reply reply;
  if (!ask_child(supervisor, index, &reply) || reply.state != ChildState::Running) return AITHON_NO_PID;
  return reply.pid;
}

aithon_pid aithon_child_pid(aithon_pid supervisor, aithon_int index) {
  if (aithon_self() == AITHON_NO_PID) fatal("aithon_child_pid called outside an actor");
  Actor *target = acquire_pid(supervisor);
  if (target == nullptr) return AITHON_NO_PID;
  // Fixed from spawn to teardown, and the reference keeps the slot's
  // generation: no message needed, so a busy non-supervisor cannot hang us.
  bool is_supervisor = target->behaviour == supervisor_main;
  release_actor(target);
  if (!is_supervisor) aithon_raise(AITHON_ERR_NOT_A_SUPERVISOR);
  if (!is_small(index) || small_value(index) < 0) aithon_raise(AITHON_ERR_NO_SUCH_CHILD);
  Reply reply;
  if (!ask_child(supervisor, static_cast<std::size_t>(small_value(index)), &reply)) return AITHON_NO_PID;
  if (reply.state == ChildState::NoSuchChild) aithon_raise(AITHON_ERR_NO_SUCH_CHILD);
  return reply.pid;
}

}  // extern "C"

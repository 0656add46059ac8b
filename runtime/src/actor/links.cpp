// Exit signals, links and monitors: how an actor's end reaches others.
//
// Everything travels as mailbox nodes.  An exit signal is a node flagged
// kSignal plus the target's signal_pending flag; the target acts on it at its
// next scheduling point (a yield check, a receive, an await), as Erlang
// processes do:
//   - AITHON_EXIT_KILL sent with aithon_exit_pid: the target ends, KILLED;
//   - a target trapping exits gets an EXIT message instead;
//   - otherwise reason NORMAL is ignored and any other reason ends the target
//     with the same reason.
// When an actor ends, each linked actor gets an exit signal and each monitor
// a DOWN message (carrying the result, for aithon_await).  Both carry what a
// failure's error named (a NameError's name), so that whoever ends of it, or
// reports it, names the same variable.
#include <cstdio>
#include <cstring>
#include <unistd.h>

#include "../internal.h"
#include "lifecycle.h"

namespace aithon::rt {

namespace {

MessageCache *cache_of(Worker *w) { return w != nullptr ? &w->messages : nullptr; }

void index_down(Actor *self, MessageNode *n) {
  if (n->msg.kind != AITHON_MSG_DOWN) return;
  Watched *w = self->watched.find(n->msg.from);
  if (w != nullptr && w->down == nullptr) {
    w->down = n;
  } else {
    ++self->unindexed_downs;
  }
}

}  // namespace

void append_saved(Actor *self, MessageNode *n) {
  index_down(self, n);
  n->saved_next = nullptr;
  n->saved_prev = self->saved_tail;
  if (self->saved_tail != nullptr) {
    self->saved_tail->saved_next = n;
  } else {
    self->saved_head = n;
  }
  self->saved_tail = n;
}

namespace {

// An exit signal taken from the mailbox.  Returns it as an EXIT message if
// the actor traps exits, nullptr if it is dropped; may end the actor.
MessageNode *act_on_signal(Actor *self, MessageNode *n) {
  bool over_link = n->flags & MessageNode::kLinkSignal;
  n->flags &= ~(MessageNode::kSignal | MessageNode::kLinkSignal);
  int32_t reason = n->msg.reason;
  aithon_pid from = n->msg.from;
  if (over_link) {
    bool linked;
    {
      SpinGuard guard(self->lock);
      linked = self->links.remove(from);  // the link ends with its partner
    }
    if (!linked) {  // unlinked meanwhile: the signal no longer applies
      free_message(cache_of(self->worker), n);
      return nullptr;
    }
  }
  if (reason == AITHON_EXIT_KILL) {
    free_message(cache_of(self->worker), n);
    exit_current(self, AITHON_EXIT_KILLED);
  }
  if (self->trap_exits) return n;
  const char *detail = message_detail(n->msg);
  free_message(cache_of(self->worker), n);
  if (reason == AITHON_EXIT_NORMAL) return nullptr;
  // An actor ended by a linked NameError keeps its name, as aithon_await_value does.
  if (detail != nullptr) self->error_detail = detail;
  exit_current(self, reason);
}

// A DOWN for a monitor removed (aithon_demonitor) while its target was
// ending is dropped on arrival: true if n was one (and is freed).
bool is_cancelled_down(Actor *self, MessageNode *n) {
  if (n->msg.kind != AITHON_MSG_DOWN || self->cancelled_downs.size() == 0) return false;
  if (!self->cancelled_downs.erase(n->msg.ref)) return false;
  free_message(cache_of(self->worker), n);
  return true;
}

}  // namespace

void unlink_saved(Actor *self, MessageNode *n) {
  if (n->msg.kind == AITHON_MSG_DOWN) {
    Watched *w = self->watched.find(n->msg.from);
    if (w != nullptr && w->down == n) {
      // Index another DOWN from the same actor, if there is one.
      w->down = nullptr;
      for (MessageNode *m = self->unindexed_downs != 0 ? self->saved_head : nullptr; m != nullptr; m = m->saved_next) {
        if (m != n && m->msg.kind == AITHON_MSG_DOWN && m->msg.from == n->msg.from) {
          w->down = m;
          --self->unindexed_downs;
          break;
        }
      }
      // (Its monitor forgotten already: aithon_demonitor.)
      if (w->down == nullptr && w->monitors == 0) self->watched.erase(n->msg.from);
    } else {
      --self->unindexed_downs;
    }
  }
  if (n->saved_prev != nullptr) {
    n->saved_prev->saved_next = n->saved_next;
  } else {
    self->saved_head = n->saved_next;
  }
  if (n->saved_next != nullptr) {
    n->saved_next->saved_prev = n->saved_prev;
  } else {
    self->saved_tail = n->saved_prev;
  }
  n->saved_next = n->saved_prev = nullptr;
}

MessageNode *screen_from_mailbox(Actor *self, MessageNode *n) {
  for (;;) {
    if (n->flags & MessageNode::kSignal) n = act_on_signal(self, n);
    if (n != nullptr && !is_cancelled_down(self, n)) return n;
    MpscNode *raw = self->mailbox.pop_wait();
    if (raw == nullptr) return nullptr;
    n = reinterpret_cast<MessageNode *>(raw);
  }
}

void drain_mailbox(Actor *self) {
  while (MessageNode *n = next_from_mailbox(self)) append_saved(self, n);
}

void handle_signals(Actor *self) {
  // A plain load first: this runs at every receive and slow yield, and a
  // read-modify-write would cost a locked instruction each time.
  if (!self->signal_pending.load(std::memory_order_acquire)) return;
  // Clear first: a signal pushed after the drain sets the flag again.
  if (self->signal_pending.exchange(false, std::memory_order_acq_rel)) drain_mailbox(self);
}

void send_exit_signal(Worker *w, Actor *target, aithon_pid from, int32_t reason, bool over_link,
                      const char *detail) {
  MessageNode *n = make_message(cache_of(w), AITHON_MSG_EXIT, reason, from, 0, &detail,
                                detail != nullptr ? sizeof detail : 0);
  if (n == nullptr) return;  // out of memory: the signal is lost, as a message would be
  n->flags = MessageNode::kSignal | (over_link ? MessageNode::kLinkSignal : 0);
  target->mailbox.push(&n->link);
  target->signal_pending.store(true, std::memory_order_seq_cst);
  wake(target);
}

void notify_exit(Worker *w, Actor *a) {
  PidList links;
  MonitorList watchers;
  {
    SpinGuard guard(a->lock);
    a->dead = true;
    links = a->links;
    watchers = a->watchers;
    a->links = PidList();
    a->watchers = MonitorList();
  }
  // Only aithon_exit_pid's KILL is untrappable: an actor that ended with
  // reason KILL is seen by links and monitors as KILLED.
  int32_t reason = a->exit_reason == AITHON_EXIT_KILL ? AITHON_EXIT_KILLED : a->exit_reason;
  // What a failure's error names (a pointer to a string literal), for
  // message_detail at the other end.
  const char *detail = reason != AITHON_EXIT_NORMAL ? a->error_detail : nullptr;
  bool observed = links.count != 0 || watchers.count != 0;
  for (uint32_t i = 0; i < links.count; ++i) {
    Actor *b = acquire_pid(links.items[i]);
    if (b == nullptr) continue;
    send_exit_signal(w, b, a->pid, reason, true, detail);
    release_actor(b);
  }
  for (uint32_t i = 0; i < watchers.count; ++i) {
    MonitorEntry watch = watchers.items()[i];
    Actor *b = acquire_pid(watch.watcher);
    if (b == nullptr) continue;
    // A DOWN carries the result of a normal end, or the detail of a
    // failure, so an awaiter can fail the same way.
    const void *data = nullptr;
    std::size_t size = 0;
    if (reason == AITHON_EXIT_NORMAL && a->result != nullptr) {
      data = a->result, size = a->result_size;
    } else if (detail != nullptr) {
      data = &detail, size = sizeof detail;
    }
    MessageNode *n = make_message(cache_of(w), AITHON_MSG_DOWN, reason, a->pid, watch.ref, data, size);
    if (n != nullptr) {
      b->mailbox.push(&n->link);
      // An actor awaiting another one sleeps on.
      aithon_pid awaited = b->awaiting.load(std::memory_order_acquire);
      if (awaited == AITHON_NO_PID || awaited == a->pid) wake(b);
    }
    release_actor(b);
  }
  links.clear();
  watchers.clear();
  bool quiet = reason == AITHON_EXIT_NORMAL || reason == AITHON_EXIT_SHUTDOWN || reason == AITHON_EXIT_KILLED;
  if (!observed && !quiet && !a->is_main) report_failure(a->pid, reason, a->error_detail, false);
}

void report_failure(aithon_pid pid, int32_t reason, const char *detail, bool is_main) {
  char text[256];
  char line[320];
  exit_reason_text(reason, detail, text, sizeof text);  // a very long name is cut short
  if (is_main) {
    // The main actor fails the way an uncaught exception ends a program.
    std::snprintf(line, sizeof line, "%s\n", text);
  } else {
    char name[kPidTextMax];
    format_pid(pid, name);
    std::snprintf(line, sizeof line, "actor %s failed: %s\n", name, text);
  }
  flush_stdout();
  write_stderr(line);
}

}  // namespace aithon::rt

using namespace aithon::rt;

extern "C" {

void aithon_exit_pid(aithon_pid pid, int32_t reason) {
  Actor *self = current_actor();
  Actor *target = acquire_pid(pid);
  if (target == nullptr) return;
  Worker *w = self != nullptr ? self->worker : this_worker();
  send_exit_signal(w, target, self != nullptr ? self->pid : AITHON_NO_PID, reason, false, nullptr);
  release_actor(target);
  if (self != nullptr && target == self) handle_signals(self);
}

void aithon_link(aithon_pid pid) {
  Actor *self = current_actor();
  if (self == nullptr || pid == self->pid) return;
  Actor *other = acquire_pid(pid);
  bool linked = false;
  if (other != nullptr) {
    SpinGuard guard(other->lock);
    if (!other->dead) {
      if (!other->links.contains(self->pid)) other->links.push(self->pid);
      linked = true;
    }
  }
  if (other != nullptr) release_actor(other);
  if (linked) {
    SpinGuard guard(self->lock);
    if (!self->links.contains(pid)) self->links.push(pid);
    return;
  }
  // Linking to an actor that is gone: an exit signal with NOPROC, at once.
  send_exit_signal(self->worker, self, pid, AITHON_EXIT_NOPROC, false, nullptr);
  handle_signals(self);
}

void aithon_unlink(aithon_pid pid) {
  Actor *self = current_actor();
  if (self == nullptr) return;
  {
    SpinGuard guard(self->lock);
    self->links.remove(pid);
  }
  if (Actor *other = acquire_pid(pid)) {
    {
      SpinGuard guard(other->lock);
      other->links.remove(self->pid);
    }
    release_actor(other);
  }
}

bool aithon_trap_exits(bool on) {
  Actor *self = current_actor();
  if (self == nullptr) return false;
  bool before = self->trap_exits;
  self->trap_exits = on;
  return before;
}

uint64_t aithon_monitor(aithon_pid pid) {
  Actor *self = current_actor();
  if (self == nullptr) return 0;
  uint64_t ref = new_ref(*self->worker);
  bool watching = false;
  if (Actor *target = acquire_pid(pid)) {
    {
      SpinGuard guard(target->lock);
      if (!target->dead) watching = target->watchers.push(MonitorEntry{ref, self->pid});
    }
    release_actor(target);
  }
  record_monitor(self, ref, pid);
  if (!watching) {
    MessageNode *n = make_message(&self->worker->messages, AITHON_MSG_DOWN, AITHON_EXIT_NOPROC, pid, ref, nullptr, 0);
    if (n != nullptr) self->mailbox.push(&n->link);
  }
  return ref;
}

void aithon_demonitor(uint64_t ref) {
  Actor *self = current_actor();
  if (self == nullptr) return;
  aithon_pid target_pid = forget_monitor(self, ref);
  if (target_pid == AITHON_NO_PID) return;
  // Whether the target may still send its DOWN: it is ending right now on
  // another worker (it took its watchers already, but has not pushed them
  // their DOWN yet).  Gone entirely (acquire fails), it pushed it already.
  bool down_may_come = false;
  if (Actor *target = acquire_pid(target_pid)) {
    {
      SpinGuard guard(target->lock);
      if (target->dead) {
        down_may_come = true;
      } else {
        target->watchers.remove_ref(ref);
      }
    }
    release_actor(target);
  }
  // A DOWN that already arrived is dropped (Erlang's demonitor flush); one
  // still on its way is dropped when it arrives.
  drain_mailbox(self);
  for (MessageNode *n = self->saved_head; n != nullptr; n = n->saved_next) {
    if (n->msg.kind != AITHON_MSG_DOWN || n->msg.ref != ref) continue;
    unlink_saved(self, n);
    free_message(&self->worker->messages, n);
    return;
  }
  if (down_may_come) self->cancelled_downs.insert(ref, 1);
}

}  // extern "C"

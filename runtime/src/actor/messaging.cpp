// The C ABI of a running actor: spawn, send, receive, await, yield, heap.
#include <cstring>

#include "../internal.h"
#include "lifecycle.h"

using namespace aithon::rt;

namespace {

// Calls "in an actor" made elsewhere are a bug in the caller.
Actor *require_actor(const char *call) {
  Actor *self = current_actor();
  if (self == nullptr) {
    char text[128];
    std::snprintf(text, sizeof text, "%s called outside an actor", call);
    fatal(text);
  }
  return self;
}

// Runtime calls cost a reduction too, so an actor that only sends or spawns
// still yields.
void charge(Actor *self) {
  if (--self->reductions <= 0) aithon_yield();
}

void free_current(Actor *self) {
  if (self->current != nullptr) {
    free_message(&self->worker->messages, self->current);
    self->current = nullptr;
  }
}

// The first saved message that `match` accepts, unlinked; nullptr if none.
template <typename Match>
MessageNode *take_saved(Actor *self, Match match) {
  // The common case: nothing saved, and the next message in the mailbox is
  // the one wanted -- take it without the round trip through the list.
  if (self->saved_head == nullptr) {
    MessageNode *n = next_from_mailbox(self);
    if (n == nullptr) return nullptr;
    if (match(n->msg)) return n;
    append_saved(self, n);
  }
  drain_mailbox(self);
  for (MessageNode *n = self->saved_head; n != nullptr; n = n->saved_next) {
    if (!match(n->msg)) continue;
    unlink_saved(self, n);
    return n;
  }
  return nullptr;
}

// The DOWN message from `pid` in the saved list, found through its index.
MessageNode *take_down_from(Actor *self, aithon_pid pid) {
  drain_mailbox(self);
  Watched *w = self->watched.find(pid);
  MessageNode *n = w != nullptr ? w->down : nullptr;
  if (n != nullptr) unlink_saved(self, n);
  return n;
}

// Hand a message to the actor; a DOWN ends the monitor it belongs to.
aithon_message *deliver(Actor *self, MessageNode *n) {
  if (n->msg.kind == AITHON_MSG_DOWN) forget_monitor(self, n->msg.ref);
  self->current = n;
  return &n->msg;
}

// Park until woken (by a message, a signal or the deadline).
void wait_for_message(Actor *self, int64_t deadline) {
  self->wait_deadline.store(deadline, std::memory_order_relaxed);
  switch_to_worker(self, SwitchReason::Wait);
}

}  // namespace

namespace aithon::rt {

// Selective receive for runtime-internal protocols (supervisor requests):
// the first message that `match` accepts, waiting up to timeout_ns.
aithon_message *receive_matching(bool (*match)(const aithon_message &, const void *), const void *context,
                                 int64_t timeout_ns) {
  Actor *self = require_actor("aithon_receive");
  free_current(self);
  int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
  for (;;) {
    handle_signals(self);
    MessageNode *n = take_saved(self, [&](const aithon_message &m) { return match(m, context); });
    if (n != nullptr) {
      // A receive costs a reduction, as a send does.  (charge may switch;
      // the message stays the caller's.)
      aithon_message *m = deliver(self, n);
      charge(self);
      return m;
    }
    if (timeout_ns == 0 || (deadline >= 0 && monotonic_ns() >= deadline)) return nullptr;
    wait_for_message(self, deadline);
  }
}

}  // namespace aithon::rt

extern "C" {

aithon_pid aithon_spawn_opt(aithon_behaviour fn, const void *arg, size_t size, const aithon_spawn_options *options) {
  Actor *self = require_actor("aithon_spawn");
  uint32_t flags = options != nullptr ? options->flags : 0;
  std::size_t heap = options != nullptr ? options->heap_size : 0;
  aithon_pid pid = spawn_actor(self->worker, self, fn, arg, size, flags, heap);
  // A spawn costs 1% of a slice: a spawning loop then yields to its children
  // every 100 spawns (they run first: the deque is LIFO), which keeps the
  // number of actors alive at once -- each holding a stack slot -- small,
  // and a slice's spawns well within the deque's capacity.
  self->reductions -= scheduler.slice / 100;
  charge(self);
  return pid;
}

aithon_pid aithon_spawn(aithon_behaviour fn, const void *arg, size_t size) {
  return aithon_spawn_opt(fn, arg, size, nullptr);
}

aithon_pid aithon_self(void) {
  Actor *self = current_actor();
  return self != nullptr ? self->pid : AITHON_NO_PID;
}

void aithon_set_result(const void *data, size_t size) {
  Actor *self = require_actor("aithon_set_result");
  void *copy = aithon_heap_alloc(size);
  if (size != 0) std::memcpy(copy, data, size);
  self->result = copy;
  self->result_size = size;
}

bool aithon_send(aithon_pid to, const void *data, size_t size) {
  Actor *self = current_actor();
  Worker *w = self != nullptr ? self->worker : this_worker();
  Actor *target = acquire_pid(to);
  if (target == nullptr) return false;
  MessageNode *n = make_message(w != nullptr ? &w->messages : nullptr, AITHON_MSG_USER, 0,
                                self != nullptr ? self->pid : AITHON_NO_PID, 0, data, size);
  if (n != nullptr) {
    target->mailbox.push(&n->link);
    wake(target);
  }
  release_actor(target);
  if (n == nullptr && self != nullptr) exit_current(self, AITHON_EXIT_HEAP_EXHAUSTED);
  if (self != nullptr) charge(self);
  return n != nullptr;
}

aithon_message *aithon_receive(int64_t timeout_ns) {
  return receive_matching([](const aithon_message &, const void *) { return true; }, nullptr, timeout_ns);
}

aithon_message *aithon_receive_tagged(uint64_t tag, int64_t timeout_ns) {
  return receive_matching(
      [](const aithon_message &m, const void *wanted) {
        // Only USER data is a tag: a DOWN's result may start with the same bytes.
        uint64_t got;
        if (m.kind != AITHON_MSG_USER || m.size < sizeof got) return false;
        std::memcpy(&got, m.data, sizeof got);
        return got == *static_cast<const uint64_t *>(wanted);
      },
      &tag, timeout_ns);
}

aithon_message *aithon_receive_kind(uint32_t kind, int64_t timeout_ns) {
  return receive_matching(
      [](const aithon_message &m, const void *wanted) { return m.kind == *static_cast<const uint32_t *>(wanted); },
      &kind, timeout_ns);
}

int32_t aithon_await(aithon_pid pid, aithon_message **result) {
  Actor *self = require_actor("aithon_await");
  if (result != nullptr) *result = nullptr;
  free_current(self);
  MessageNode *n;
  for (bool first = true;; first = false) {
    handle_signals(self);
    n = take_down_from(self, pid);
    if (n != nullptr) break;
    // Not here yet: make sure it will come.
    if (first) {
      const Watched *w = self->watched.find(pid);
      if (w == nullptr || w->monitors == 0) {
        aithon_monitor(pid);
        continue;
      }
    }
    self->awaiting.store(pid, std::memory_order_release);
    wait_for_message(self, -1);
    self->awaiting.store(AITHON_NO_PID, std::memory_order_relaxed);
  }
  aithon_message *down = deliver(self, n);
  charge(self);
  if (result != nullptr && down->reason == AITHON_EXIT_NORMAL) *result = down;
  return down->reason;
}

aithon_message *aithon_await_value(aithon_pid pid) {
  aithon_message *down = nullptr;
  int32_t reason = aithon_await(pid, &down);
  if (reason == AITHON_EXIT_NORMAL) return down;
  Actor *self = current_actor();
  // The failure's DOWN is the current message: it carries what the error
  // named, if anything (links.cpp, notify_exit).
  MessageNode *n = self->current;
  if (n != nullptr && n->msg.reason == reason) self->error_detail = message_detail(n->msg);
  exit_current(self, reason);
}

void aithon_yield(void) {
  Actor *self = current_actor();
  if (self == nullptr) return;
  handle_signals(self);
  if (scheduler.stopping.load(std::memory_order_relaxed) || others_waiting(self->worker)) {
    switch_to_worker(self, SwitchReason::Yield);
  } else {
    self->reductions = scheduler.slice;
  }
}

#if defined(__clang__)
// What compiled yield checks call: aithon_yield under a calling convention
// that preserves every register (the vector ones too), so a loop with a
// check on its back-edge need not spill its floats around the rare call.
__attribute__((preserve_all)) void aithon_yield_preserving(void) { aithon_yield(); }
#endif

AITHON_NORETURN void aithon_exit(int32_t reason) {
  Actor *self = require_actor("aithon_exit");
  exit_current(self, reason);
}

void *aithon_heap_alloc(size_t size) {
  Actor *self = require_actor("aithon_heap_alloc");
  void *p = self->heap.allocate(size);
  if (p == nullptr) exit_current(self, AITHON_EXIT_HEAP_EXHAUSTED);
  return p;
}

uint32_t aithon_current_worker(void) {
  Actor *self = current_actor();
  return self != nullptr ? self->worker->index : 0;
}

}  // extern "C"

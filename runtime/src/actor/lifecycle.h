// An actor's life: spawn, run, end, teardown (lifecycle.cpp), and the exit
// signals, links and monitors that tell others about its end (links.cpp).
#pragma once

#include "actor.h"
#include "scheduler.h"

namespace aithon::rt {

// Create an actor on worker w (the caller's thread is w's) and make it
// runnable.  parent is the spawning actor (for LINK/MONITOR), or null.
// Returns its pid, or AITHON_NO_PID when no slot is left.
aithon_pid spawn_actor(Worker *w, Actor *parent, aithon_behaviour fn, const void *arg, std::size_t size,
                       uint32_t flags, std::size_t heap_size);

// In an actor: end it now.  Never returns.
[[noreturn]] void exit_current(Actor *self, int32_t reason);

// On the worker's stack, after an actor's last switch: tell its links and
// monitors, stop the runtime if it was the main actor, drop its reference.
void finish_actor(Worker *w, Actor *a);

// The monitors an actor holds (in an actor, on itself): record one, and
// forget one by reference (returns its target, or AITHON_NO_PID).
void record_monitor(Actor *self, uint64_t ref, aithon_pid target);
aithon_pid forget_monitor(Actor *self, uint64_t ref);

// Free everything an actor owns (its last reference is gone).
void destroy_actor(Actor *a);

// ---- links.cpp ----
// Tell a's links and monitors that it ended with a->exit_reason.
void notify_exit(Worker *w, Actor *a);
// Deliver an exit signal from `from` with `reason` to `target`; over_link:
// because the linked actor `from` ended.  A non-null detail (what the ended
// actor's error names) travels as the data of the signal's EXIT message.
void send_exit_signal(Worker *w, Actor *target, aithon_pid from, int32_t reason, bool over_link,
                      const char *detail);
// In an actor: act on exit signals waiting in the mailbox (may end the
// actor; trapped ones become EXIT messages).
void handle_signals(Actor *self);
// In an actor: the next message from the mailbox, acting on exit signals
// (which may end the actor, or become EXIT messages) and dropping DOWNs of
// cancelled monitors on the way; nullptr when the mailbox is empty.  Inline
// for the common case, a plain message; the rest goes to
// screen_from_mailbox (links.cpp), which goes on with the mailbox after n.
MessageNode *screen_from_mailbox(Actor *self, MessageNode *n);
inline MessageNode *next_from_mailbox(Actor *self) {
  MpscNode *raw = self->mailbox.pop_wait();
  if (raw == nullptr) return nullptr;
  auto *n = reinterpret_cast<MessageNode *>(raw);
  bool plain = !(n->flags & MessageNode::kSignal) &&
               (n->msg.kind != AITHON_MSG_DOWN || self->cancelled_downs.size() == 0);
  return plain ? n : screen_from_mailbox(self, n);
}
// In an actor: pull everything from the mailbox into the saved list.
void drain_mailbox(Actor *self);
// Put n last in / take n out of the saved list.
void append_saved(Actor *self, MessageNode *n);
void unlink_saved(Actor *self, MessageNode *n);

// ---- messaging.cpp ----
// In an actor: the first message `match` accepts (others stay queued, in
// order), waiting up to timeout_ns (< 0: forever); nullptr on timeout.
aithon_message *receive_matching(bool (*match)(const aithon_message &, const void *), const void *context,
                                 int64_t timeout_ns);

// Print an actor's failure on stderr (after flushing stdout).
void report_failure(aithon_pid pid, int32_t reason, const char *detail, bool is_main);

// ---- reasons.cpp ----
// The text of an exit reason: "ZeroDivisionError: division by zero",
// "noproc", ...  `detail`: what the error names (Actor::error_detail), or
// nullptr.  Written as snprintf does (at most size bytes, the NUL
// included); returns the text's full length.
std::size_t exit_reason_text(int32_t reason, const char *detail, char *out, std::size_t size);
// What the error behind an EXIT or DOWN message named (the 8 bytes of
// data of a failure's message), or nullptr.
const char *message_detail(const aithon_message &m);

}  // namespace aithon::rt

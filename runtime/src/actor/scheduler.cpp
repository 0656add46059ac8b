// The scheduler (scheduler.h): the worker loop, stealing, parking, timers.
#include "scheduler.h"

#include <algorithm>
#include <climits>
#include <ctime>

#include "lifecycle.h"

namespace aithon::rt {

Scheduler scheduler;

namespace {

thread_local Worker *tl_worker = nullptr;

// How often a worker looks at the injector before its own queue, so that
// actors there are not starved by a busy deque (Go checks its global queue
// every 61 scheduling ticks, for the same reason).
constexpr uint32_t kInjectorInterval = 61;
constexpr std::size_t kStealMax = 128;
// Stealing back-off.  A thief whose loot ran out within kWorthwhileNs did
// not earn its theft: the stolen actors were too short to pay for moving
// them to another core (cache misses on their blocks and stacks, their
// messages crossing back).  It then sleeps instead of stealing again, and
// pauses its victim's wake-ups meanwhile, for a back-off that starts at
// kMinPauseNs and doubles with each short loot, up to kMaxPauseNs: the
// longest a runnable actor waits for an idle core.  A loot that lasts
// halves the back-off.  (A spawner awaiting a burst of tiny actors: stolen,
// they made spawning 25% slower than on one core.)
constexpr int64_t kWorthwhileNs = 50'000;
constexpr int64_t kMinPauseNs = 50'000;
constexpr int64_t kMaxPauseNs = 1'000'000;

uint32_t next_random(Worker &w) {
  // xorshift64: cheap, and only picks steal victims.
  w.random ^= w.random << 13;
  w.random ^= w.random >> 7;
  w.random ^= w.random << 17;
  return static_cast<uint32_t>(w.random);
}

void push_injector(Actor *const *actors, std::size_t n) {
  std::lock_guard<std::mutex> guard(scheduler.injector_mutex);
  for (std::size_t i = 0; i < n; ++i) scheduler.injector.push_back(actors[i]);
  scheduler.injector_size.store(scheduler.injector.size(), std::memory_order_seq_cst);
}

Actor *pop_injector() {
  if (scheduler.injector_size.load(std::memory_order_relaxed) == 0) return nullptr;
  std::lock_guard<std::mutex> guard(scheduler.injector_mutex);
  if (scheduler.injector.empty()) return nullptr;
  Actor *a = scheduler.injector.front();
  scheduler.injector.pop_front();
  scheduler.injector_size.store(scheduler.injector.size(), std::memory_order_relaxed);
  return a;
}

// Wake one idle worker, if any, so that it comes to steal.
void wake_idle_worker() {
  if (scheduler.idle_count.load(std::memory_order_seq_cst) == 0) return;
  std::lock_guard<std::mutex> guard(scheduler.idle_mutex);
  for (uint32_t i = 0; i < scheduler.worker_count; ++i) {
    Worker &w = scheduler.workers[i];
    if (!w.idle) continue;
    w.idle = false;
    scheduler.idle_count.fetch_sub(1, std::memory_order_seq_cst);
    std::lock_guard<std::mutex> park(w.park_mutex);
    w.wake_requested = true;
    w.park_cv.notify_one();
    return;
  }
}

void push_deque(Worker &w, Actor *a, bool front, bool notify = true) {
  bool pushed = front ? w.deque.push_front(a) : w.deque.push_back(a);
  if (!pushed) {
    // Full: move the older half to the injector, then push.
    Actor *spill[128];
    push_injector(spill, w.deque.pop_front_batch(spill, 128));
    front ? w.deque.push_front(a) : w.deque.push_back(a);
  }
  // A single runnable actor is left to this worker: it runs as soon as the
  // current one blocks or its slice ends (and a rotation with another one
  // waiting does wake a thief).  Waking an idle worker for each spawn of a
  // burst of short actors would move most of them to another core, where
  // they run slower than here.
  if (!notify || w.deque.size_approx() < 2) return;
  std::atomic_thread_fence(std::memory_order_seq_cst);  // push, then read idle_count
  // (After the fence: a thief clears the flag and then looks for work, so
  // if we read it still set, the thief sees our push.)
  if (w.wakes_paused.load(std::memory_order_relaxed)) return;
  wake_idle_worker();
}

Actor *steal(Worker &thief) {
  uint32_t n = scheduler.worker_count;
  if (n < 2) return nullptr;
  uint32_t start = next_random(thief) % n;
  Actor *loot[kStealMax];
  for (uint32_t k = 0; k < n; ++k) {
    Worker &victim = scheduler.workers[(start + k) % n];
    if (&victim == &thief) continue;
    std::size_t got = victim.deque.steal_half(loot, kStealMax);
    if (got == 0) continue;
    bump(thief.steals);
    thief.last_victim = &victim;
    thief.stole_at_ns = monotonic_ns();
    // loot is oldest first: run the oldest now (the most likely to be
    // long-running), queue the rest so that the next oldest comes next.
    for (std::size_t i = got; i > 1; --i) thief.deque.push_back(loot[i - 1]);
    return loot[0];
  }
  return nullptr;
}

// Arm `a`'s timer for `deadline` on w, unless an entry at or before it is
// already armed (it will move itself on when it fires).
void arm_timer(Worker &w, Actor *a, int64_t deadline) {
  int64_t armed = a->armed_deadline.load(std::memory_order_acquire);
  while (armed < 0 || armed > deadline) {
    if (a->armed_deadline.compare_exchange_weak(armed, deadline, std::memory_order_acq_rel)) {
      w.timers.add(Timer{deadline, a->pid});
      return;
    }
  }
}

void fire_timers(Worker &w) {
  if (w.timers.empty()) return;
  int64_t now = monotonic_ns();
  Timer t;
  while (w.timers.pop_due(now, &t)) {
    Actor *a = acquire_pid(t.pid);
    if (a == nullptr) continue;
    // This entry is no longer armed (if it still was: an earlier entry may
    // have replaced it).
    int64_t armed = t.deadline;
    a->armed_deadline.compare_exchange_strong(armed, -1, std::memory_order_acq_rel);
    // The state first: reading Waiting (acquire) makes the deadline of that
    // wait, stored before it, visible.
    bool waiting = a->state.load(std::memory_order_seq_cst) == state_word(ActorState::Waiting);
    int64_t deadline = a->wait_deadline.load(std::memory_order_relaxed);
    if (waiting && deadline >= 0) {
      if (deadline <= now) {
        // (Exactly Waiting: with kNotified set, a sender is waking it.)
        uint32_t expected = state_word(ActorState::Waiting);
        if (a->state.compare_exchange_strong(expected, state_word(ActorState::Runnable))) push_deque(w, a, false);
      } else {
        arm_timer(w, a, deadline);  // it waits again, with a later deadline
      }
    }
    release_actor(a);
  }
}

// w has run out of work.  If its last loot lasted less than kWorthwhileNs,
// double the back-off, pause that victim's wake-ups and note it in
// w.paused_victim: w then sleeps through the back-off instead of stealing
// (worker_loop).  A loot that lasted halves the back-off.
bool loot_was_short(Worker &w) {
  Worker *victim = w.last_victim;
  if (victim == nullptr) return false;
  w.last_victim = nullptr;
  if (monotonic_ns() - w.stole_at_ns >= kWorthwhileNs) {
    w.pause_ns = w.pause_ns / 2 < kMinPauseNs ? 0 : w.pause_ns / 2;
    return false;
  }
  w.pause_ns = w.pause_ns == 0 ? kMinPauseNs : std::min(2 * w.pause_ns, kMaxPauseNs);
  victim->wakes_paused.store(true, std::memory_order_relaxed);
  w.paused_victim = victim;
  return true;
}

// Next actor to run, or nullptr.  Sets *from_lifo.
Actor *find_work(Worker &w, bool *from_lifo) {
  *from_lifo = false;
  ++w.tick;
  fire_timers(w);
  if (w.tick % kInjectorInterval == 0) {
    if (Actor *a = pop_injector()) return a;
  }
  if (Actor *a = w.lifo) {
    w.lifo = nullptr;
    if (w.inherited_budget > 0) {
      *from_lifo = true;
      return a;
    }
    // The slice the pair shared is spent.  If nobody else is waiting here,
    // it goes on with a fresh slice (and stays on this core: waking an idle
    // worker to steal half of a ping-pong pair only adds cross-core traffic);
    // otherwise, to the back of the line.
    std::size_t waiting = w.deque.size_approx();
    if (waiting == 0 && scheduler.injector_size.load(std::memory_order_relaxed) == 0) return a;
    // (If the one waiting is its partner, which just yielded, there is
    // nothing for another worker to take over.)
    push_deque(w, a, true, waiting >= 2);
  }
  if (Actor *a = w.deque.pop_back()) return a;
  if (Actor *a = pop_injector()) return a;
  if (loot_was_short(w)) return nullptr;
  return steal(w);
}

// Work w could take now, not counting the deque of `paused` (if any).
bool has_visible_work(Worker &w, const Worker *paused) {
  if (scheduler.injector_size.load(std::memory_order_seq_cst) != 0) return true;
  for (uint32_t i = 0; i < scheduler.worker_count; ++i) {
    const Worker &other = scheduler.workers[i];
    if (&other != paused && other.deque.size_approx() != 0) return true;
  }
  return w.lifo != nullptr;
}

// Sleep until woken, or until the next timer is due, or (when `paused` is
// set) until w's back-off is over.  The paused victim's deque does not keep
// w awake: its work is what w just found not worth taking yet.
void park_worker(Worker &w, Worker *paused) {
  {
    std::lock_guard<std::mutex> guard(scheduler.idle_mutex);
    w.idle = true;
    scheduler.idle_count.fetch_add(1, std::memory_order_seq_cst);
  }
  std::atomic_thread_fence(std::memory_order_seq_cst);  // register, then look (deque.h: publish)
  // Registered as idle first, then look again: a producer that pushed before
  // our registration is seen here; one that pushes after it sees us.
  bool sleep = !has_visible_work(w, paused) && !scheduler.stopping.load(std::memory_order_seq_cst);
  if (sleep) {
    std::unique_lock<std::mutex> park(w.park_mutex);
    if (w.timers.empty() && paused == nullptr) {
      w.park_cv.wait(park, [&] { return w.wake_requested || scheduler.stopping.load(); });
    } else {
      int64_t wait = paused != nullptr ? w.pause_ns : INT64_MAX;
      if (!w.timers.empty()) wait = std::min(wait, w.timers.next_deadline() - monotonic_ns());
      if (wait > 0) {
        w.park_cv.wait_for(park, std::chrono::nanoseconds(wait),
                           [&] { return w.wake_requested || scheduler.stopping.load(); });
      }
    }
    w.wake_requested = false;
  }
  std::lock_guard<std::mutex> guard(scheduler.idle_mutex);
  if (w.idle) {
    w.idle = false;
    scheduler.idle_count.fetch_sub(1, std::memory_order_seq_cst);
  }
}

// After the actor switched back: act on why.
void after_switch(Worker &w, Actor *a) {
  int64_t remaining = a->reductions;
  switch (a->switch_reason) {
    case SwitchReason::Yield:
      a->state.store(state_word(ActorState::Runnable), std::memory_order_relaxed);
      w.inherited_budget = 0;
      // To the back of the line.  (push_deque wakes a thief only if another
      // actor waits beside it: alone, with its partner in the LIFO slot,
      // stealing it would split a message-passing pair across cores.)
      push_deque(w, a, true);
      break;
    case SwitchReason::Wait: {
      w.inherited_budget = remaining;
      int64_t deadline = a->wait_deadline.load(std::memory_order_relaxed);
      if (deadline >= 0) arm_timer(w, a, deadline);
      // Only now, with its registers saved, may anyone resume it.  If
      // something arrived since it last looked (kNotified), it runs on
      // instead.  Either way this is the last access to it here.
      uint32_t running = state_word(ActorState::Running);
      if (!a->state.compare_exchange_strong(running, state_word(ActorState::Waiting), std::memory_order_seq_cst)) {
        a->state.store(state_word(ActorState::Runnable), std::memory_order_relaxed);
        push_deque(w, a, false);
      }
      break;
    }
    case SwitchReason::Exit:
      w.inherited_budget = remaining;
      finish_actor(&w, a);
      break;
  }
}

void prepare_to_run(Worker &w, Actor *a, int64_t budget) {
  a->worker = &w;
  a->state.store(state_word(ActorState::Running), std::memory_order_relaxed);
  a->reductions = budget;
}

void run_actor(Worker &w, Actor *a, bool from_lifo) {
  prepare_to_run(w, a, from_lifo ? w.inherited_budget : scheduler.slice);
  switch_context(w.context, a->context);
  complete_switch(&w);
}

}  // namespace

int64_t monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Worker *this_worker() { return tl_worker; }

void worker_loop(Worker &w) {
  tl_worker = &w;
  while (!scheduler.stopping.load(std::memory_order_acquire)) {
    bool from_lifo = false;
    Actor *a = find_work(w, &from_lifo);
    if (a == nullptr) {
      Worker *paused = w.paused_victim;
      w.paused_victim = nullptr;
      park_worker(w, paused);
      if (paused != nullptr) {
        paused->wakes_paused.store(false, std::memory_order_relaxed);
        // Clear, then look for work (push_deque: push, then read the flag).
        std::atomic_thread_fence(std::memory_order_seq_cst);
      }
      continue;
    }
    run_actor(w, a, from_lifo);
  }
  tl_worker = nullptr;
}

void schedule(Worker *w, Actor *a) {
  if (w == nullptr) {
    push_injector(&a, 1);
    std::atomic_thread_fence(std::memory_order_seq_cst);
    wake_idle_worker();
    return;
  }
  push_deque(*w, a, false);
}

void schedule_woken(Worker *w, Actor *a) {
  if (w == nullptr) {
    schedule(nullptr, a);
    return;
  }
  if (Actor *previous = w->lifo) push_deque(*w, previous, false);
  w->lifo = a;
}

void wake(Actor *a) {
  // Tell it something arrived; if it was waiting (and nobody told it
  // before), the wake-up is ours.
  uint32_t before = a->state.fetch_or(kNotified, std::memory_order_seq_cst);
  if (before != state_word(ActorState::Waiting)) return;
  a->state.store(state_word(ActorState::Runnable), std::memory_order_relaxed);
  Actor *self = current_actor();
  schedule_woken(self != nullptr ? self->worker : this_worker(), a);
}

namespace {

// Every run sets the actor's worker (prepare_to_run); a fresh block has none.
bool has_run(const Actor *a) { return a->worker != nullptr; }

// Whom a waiting or ending actor may switch to directly, skipping the
// worker loop.  The successor finishes off the one that left on its own
// stack (complete_switch), so:
//  - a waiting actor switches to the actor in the LIFO slot (typically the
//    one it just sent to): requeueing or parking it takes a few small frames;
//  - an ending actor only to the newest in the deque, as the loop would
//    pick, and only if that one has never run (the next of a burst of
//    spawns): its stack is empty, while an actor suspended deep in its
//    stack might not have room for finish_actor, which tells the ending
//    actor's links and monitors.  Not after the main actor: once it ends,
//    nothing else runs.
Actor *direct_successor(Worker &w, Actor *self, SwitchReason reason) {
  if (reason == SwitchReason::Wait) {
    Actor *next = w.lifo;
    w.lifo = nullptr;
    return next;
  }
  if (self->is_main || w.lifo != nullptr) return nullptr;
  Actor *next = w.deque.pop_back();
  if (next != nullptr && has_run(next)) {
    w.deque.push_back(next);
    return nullptr;
  }
  return next;
}

}  // namespace

void switch_to_worker(Actor *self, SwitchReason reason) {
  self->switch_reason = reason;
  // self->worker is read here, on the actor's stack, at the moment of the
  // switch: the worker that runs us now.
  Worker *w = self->worker;
  w->switched_out = self;
  // The direct hand-off: the successor gets the rest of the slice, as it
  // would through the worker loop, minus two stack switches.  Only while
  // the slice lasts, so the loop still gets to look at timers, the injector
  // and everyone else at least once a slice.
  if (reason != SwitchReason::Yield && self->reductions > 0 &&
      !scheduler.stopping.load(std::memory_order_relaxed)) {
    if (Actor *next = direct_successor(*w, self, reason)) {
      // A hand-off costs a reduction: a chain of actors that end at once
      // still returns to the loop every slice.
      prepare_to_run(*w, next, self->reductions - 1);
      switch_context(self->context, next->context, reason == SwitchReason::Exit);
      complete_switch(self->worker);  // (never reached after an exit)
      return;
    }
  }
  switch_context(self->context, w->context, reason == SwitchReason::Exit);
  if (reason != SwitchReason::Exit) complete_switch(self->worker);
}

void complete_switch(Worker *w) {
  Actor *a = w->switched_out;
  if (a == nullptr) return;
  w->switched_out = nullptr;
  after_switch(*w, a);
}

bool others_waiting(Worker *w) {
  return w->lifo != nullptr || w->deque.size_approx() != 0 ||
         scheduler.injector_size.load(std::memory_order_relaxed) != 0 ||
         (!w->timers.empty() && w->timers.next_deadline() <= monotonic_ns());
}

}  // namespace aithon::rt

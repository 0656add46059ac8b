// Workers and the scheduler: which actor runs where and when.
//
// One worker thread per core.  Each worker has
//   - a LIFO slot: the actor most recently woken by a message from this
//     worker runs next (the receiver of a ping-pong runs right after the
//     sender blocks, on the same core, with its caches warm).  It inherits
//     the rest of the current slice, so a pair of actors messaging each other
//     cannot keep everyone else waiting;
//   - a run deque (deque.h): spawned actors at the back (depth first), actors
//     whose slice ran out at the front; idle workers steal half from the front;
//   - timers, a pool of free stack slots and a cache of message nodes.
// A global injector queue takes what does not fit a deque and what threads
// that are not workers make runnable.  docs/runtime.md compares these choices
// with Go's, Tokio's and Pony's schedulers.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>

#include "actor.h"
#include "deque.h"
#include "message.h"
#include "slots.h"
#include "timers.h"

namespace aithon::rt {

// AITHON_WORKERS may ask for at most this many.
constexpr uint32_t kMaxWorkers = 1024;

struct Worker {
  uint32_t index = 0;
  Context context;  // the worker thread's own stack
  // The actor that just switched away on this worker, for whoever runs next
  // (the worker loop, or an actor it switched to directly) to finish off:
  // park it, requeue it or end it (complete_switch).
  Actor *switched_out = nullptr;
  Actor *lifo = nullptr;
  int64_t inherited_budget = 0;  // what the LIFO slot's actor may still use
  RunDeque<Actor> deque;
  TimerHeap timers;
  SlotPool slots;
  MessageCache messages;
  uint32_t tick = 0;
  uint64_t random = 0;
  uint64_t refs_made = 0;  // new_ref
  // Wake-up back-off (scheduler.cpp, worker_loop).  Set by a thief whose
  // last theft from this worker was not worth waking for; while set, this
  // worker's pushes wake nobody.  The thief clears it when it wakes again.
  std::atomic<bool> wakes_paused{false};
  // This worker as a thief: whom it last stole from and when (until that
  // loot is used up), its current back-off, and the victim whose wake-ups
  // it paused when it last found nothing to do.
  Worker *last_victim = nullptr;
  int64_t stole_at_ns = 0;
  int64_t pause_ns = 0;
  Worker *paused_victim = nullptr;
  // Statistics, written only by this worker's thread (a shared counter would
  // bounce between cores on every spawn), read by anyone.
  alignas(64) std::atomic<uint64_t> spawned{0};
  std::atomic<uint64_t> ended{0};
  std::atomic<uint64_t> steals{0};
  // Parking: the worker sleeps on its condition variable when it finds no work.
  std::mutex park_mutex;
  std::condition_variable park_cv;
  bool wake_requested = false;
  bool idle = false;  // guarded by the scheduler's idle_mutex
  std::thread thread;
};

struct Scheduler {
  Worker *workers = nullptr;
  uint32_t worker_count = 0;
  int64_t slice = 2000;           // reductions per slice
  std::size_t heap_size = 1 << 20;
  std::atomic<bool> stopping{false};
  int exit_status = 0;

  // The injector: overflow, and actors made runnable off the workers.
  std::mutex injector_mutex;
  std::deque<Actor *> injector;
  std::atomic<std::size_t> injector_size{0};

  // Idle workers, for wake-ups.
  std::mutex idle_mutex;
  std::atomic<uint32_t> idle_count{0};

  // The totals of the workers of a run that has ended (ended also counts
  // the actors torn down at its end).
  std::atomic<uint64_t> spawned{0};
  std::atomic<uint64_t> ended{0};
  std::atomic<uint64_t> steals{0};
};

extern Scheduler scheduler;

// A new monitor reference, unique in the process: the worker's own count
// above its index, so that making one is a plain increment rather than an
// atomic on a counter all workers share.  Never 0.
inline uint64_t new_ref(Worker &w) { return (++w.refs_made << 16) | w.index; }
static_assert(kMaxWorkers <= (1u << 16), "new_ref keeps a worker index in 16 bits");

// Add one to a counter only the calling thread writes (no locked
// instruction).
inline void bump(std::atomic<uint64_t> &counter) {
  counter.store(counter.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

// The worker of the calling thread, or nullptr.  Only for code that does not
// switch stacks between the call and the use: an actor may resume on another
// thread, so after any switch ask actor->worker instead.
Worker *this_worker();

// Make a runnable actor available: on worker w's deque (w may be null: then
// the injector), waking an idle worker to steal it if there is one.
void schedule(Worker *w, Actor *a);
// An actor was woken by `w` (a message or signal from an actor running on
// w): it goes in w's LIFO slot.
void schedule_woken(Worker *w, Actor *a);
// Wake `a` if it is waiting (after something was put in its mailbox).
void wake(Actor *a);

// In an actor: switch away with the given reason.  For Wait, set
// wait_deadline first.  A waiting actor whose LIFO successor is ready (the
// actor it just sent a message to, usually) switches straight to it, with
// no stop on the worker's stack in between; otherwise it switches to the
// worker loop.  Returns when the actor is resumed (never for Exit).
void switch_to_worker(Actor *self, SwitchReason reason);

// Right after any switch, in the context that now runs on w: finish off the
// actor that switched away (see Worker::switched_out).
void complete_switch(Worker *w);

// In an actor: whether another actor is waiting for this worker.
bool others_waiting(Worker *w);

}  // namespace aithon::rt

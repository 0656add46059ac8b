// Spawning, ending and tearing down actors (lifecycle.h).
#include "lifecycle.h"

#include <cstdlib>
#include <cstring>
#include <new>

#include "../internal.h"

namespace aithon::rt {

namespace {

constexpr uint64_t kRefMask = 0xffffffffu;

// Prepare the block of a fresh slot (or a recycled one: the generation and
// the sanitizer's fiber survive; everything else is reset).
Actor *init_block(uint32_t slot, std::size_t heap_size) {
  Actor *a = actor_at_slot(slot);
  uint64_t old_life = a->life.load(std::memory_order_relaxed);
#ifdef AITHON_TSAN
  void *fiber = a->context.tsan_fiber;
#endif
  uint32_t generation = static_cast<uint32_t>(old_life >> 32) + 1;
  if (generation == 0) generation = 1;  // keep pids nonzero
  a->reductions = 0;
  a->worker = nullptr;
  a->switch_reason = SwitchReason::Yield;
  a->trap_exits = false;
  a->is_main = false;
  a->exit_reason = AITHON_EXIT_NORMAL;
  a->pid = make_pid(generation, slot);
  new (&a->context) Context();
#ifdef AITHON_TSAN
  a->context.tsan_fiber = fiber;
#endif
  a->state.store(state_word(ActorState::Runnable), std::memory_order_relaxed);
  a->signal_pending.store(false, std::memory_order_relaxed);
  new (&a->lock) SpinLock();
  a->dead = false;
  a->links = PidList();
  a->watchers = MonitorList();
  new (&a->mailbox) MpscQueue();
  a->saved_head = a->saved_tail = nullptr;
  a->current = nullptr;
  a->error_detail = nullptr;
  a->awaiting.store(AITHON_NO_PID, std::memory_order_relaxed);
  new (&a->monitor_targets) FlatMap();
  new (&a->watched) FlatMapOf<Watched>();
  new (&a->cancelled_downs) FlatMap();
  a->unindexed_downs = 0;
  new (&a->heap) Heap();
  a->heap.reset(heap_size);
  a->behaviour = nullptr;
  a->arg = nullptr;
  a->arg_size = 0;
  a->result = nullptr;
  a->result_size = 0;
  a->wait_deadline.store(-1, std::memory_order_relaxed);
  a->armed_deadline.store(-1, std::memory_order_relaxed);
  // Published last: from here on acquire_pid may succeed.
  a->life.store((static_cast<uint64_t>(generation) << 32) | 1, std::memory_order_release);
  return a;
}

}  // namespace

// ---- PidList / MonitorList ------------------------------------------------

namespace {
template <typename T>
bool grow(T *&items, uint32_t count, uint32_t &capacity) {
  if (count < capacity) return true;
  uint32_t n = capacity == 0 ? 4 : capacity * 2;
  auto *p = static_cast<T *>(std::realloc(items, n * sizeof(T)));
  if (p == nullptr) return false;
  items = p;
  capacity = n;
  return true;
}
}  // namespace

bool PidList::push(uint64_t v) {
  if (!grow(items, count, capacity)) return false;
  items[count++] = v;
  return true;
}
bool PidList::remove(uint64_t v) {
  for (uint32_t i = 0; i < count; ++i) {
    if (items[i] == v) {
      items[i] = items[--count];
      return true;
    }
  }
  return false;
}
bool PidList::contains(uint64_t v) const {
  for (uint32_t i = 0; i < count; ++i) {
    if (items[i] == v) return true;
  }
  return false;
}
void PidList::clear() {
  std::free(items);
  *this = PidList();
}
bool MonitorList::push(MonitorEntry e) {
  if (count == capacity) {
    auto *bigger = static_cast<MonitorEntry *>(std::malloc(2 * capacity * sizeof(MonitorEntry)));
    if (bigger == nullptr) return false;
    std::memcpy(bigger, items(), count * sizeof(MonitorEntry));
    std::free(heap);
    heap = bigger;
    capacity *= 2;
  }
  items()[count++] = e;
  return true;
}
bool MonitorList::remove_ref(uint64_t ref) {
  MonitorEntry *it = items();
  for (uint32_t i = 0; i < count; ++i) {
    if (it[i].ref == ref) {
      it[i] = it[--count];
      return true;
    }
  }
  return false;
}
void MonitorList::clear() {
  std::free(heap);
  *this = MonitorList();
}

void record_monitor(Actor *self, uint64_t ref, aithon_pid target) {
  // Both maps or neither: a count without its ref would never be taken back
  // (forget_monitor finds the target through the ref), and an await on the
  // target would wait for a DOWN that was already delivered.  (Only when
  // memory runs out does either insertion fail.)
  if (!self->monitor_targets.insert(ref, target)) return;
  if (Watched *w = self->watched.find_or_insert(target)) {
    ++w->monitors;
  } else {
    self->monitor_targets.erase(ref);
  }
}

aithon_pid forget_monitor(Actor *self, uint64_t ref) {
  aithon_pid target = AITHON_NO_PID;
  if (!self->monitor_targets.erase(ref, &target)) return AITHON_NO_PID;
  // Its DOWN, if it came, is out of the saved list by now (delivered, or
  // dropped by demonitor), so the last monitor takes the entry with it.
  Watched *w = self->watched.find(target);
  if (w != nullptr && --w->monitors == 0 && w->down == nullptr) self->watched.erase(target);
  return target;
}

// ---- references -----------------------------------------------------------

Actor *acquire_pid(aithon_pid pid) {
  uint32_t slot = static_cast<uint32_t>(pid);
  uint32_t generation = static_cast<uint32_t>(pid >> 32);
  if (generation == 0 || slot >= slot_arena.activated()) return nullptr;
  Actor *a = actor_at_slot(slot);
  uint64_t v = a->life.load(std::memory_order_acquire);
  for (;;) {
    if (static_cast<uint32_t>(v >> 32) != generation || (v & kRefMask) == 0) return nullptr;
    if (a->life.compare_exchange_weak(v, v + 1, std::memory_order_acq_rel)) return a;
  }
}

void release_actor(Actor *a) {
  if ((a->life.fetch_sub(1, std::memory_order_acq_rel) & kRefMask) == 1) destroy_actor(a);
}

// ---- spawn ----------------------------------------------------------------

aithon_pid spawn_actor(Worker *w, Actor *parent, aithon_behaviour fn, const void *arg, std::size_t size,
                       uint32_t flags, std::size_t heap_size) {
  uint32_t slot = 0;
  if (!w->slots.acquire(&slot)) return AITHON_NO_PID;
  Actor *a = init_block(slot, heap_size != 0 ? heap_size : scheduler.heap_size);
  a->behaviour = fn;
  if (size <= sizeof a->inline_arg) {
    a->arg = a->inline_arg;
  } else {
    a->arg = a->heap.allocate(size);
    if (a->arg == nullptr) {
      // The argument alone is larger than the heap: give the slot back.
      a->life.store(a->life.load() & ~kRefMask);
      w->slots.release(slot);
      return AITHON_NO_PID;
    }
  }
  if (size != 0) std::memcpy(a->arg, arg, size);
  a->arg_size = size;
  // The stack: from just above the guard to just below the block.
  std::uintptr_t bottom = slot_arena.slot_base(slot) + kGuardSize;
  make_context(a->context, a, a, reinterpret_cast<void *>(bottom),
               reinterpret_cast<std::uintptr_t>(a) - bottom);
  if (parent != nullptr) {
    // The child is not visible to anyone else yet: no locks needed on it.
    if (flags & AITHON_SPAWN_LINK) {
      a->links.push(parent->pid);
      SpinGuard guard(parent->lock);
      parent->links.push(a->pid);
    }
    if (flags & AITHON_SPAWN_MONITOR) {
      uint64_t ref = new_ref(*w);
      a->watchers.push(MonitorEntry{ref, parent->pid});
      record_monitor(parent, ref, a->pid);
    }
  }
  bump(w->spawned);
  aithon_pid pid = a->pid;
  schedule(w, a);
  return pid;
}

// ---- running and ending ---------------------------------------------------

[[noreturn]] void exit_current(Actor *self, int32_t reason) {
  self->exit_reason = reason;
  switch_to_worker(self, SwitchReason::Exit);
  __builtin_unreachable();
}

void finish_actor(Worker *w, Actor *a) {
  a->state.store(state_word(ActorState::Done), std::memory_order_release);
  notify_exit(w, a);
  bump(w->ended);
  if (a->is_main) {
    if (a->exit_reason != AITHON_EXIT_NORMAL) report_failure(a->pid, a->exit_reason, a->error_detail, true);
    scheduler.exit_status = a->exit_reason == AITHON_EXIT_NORMAL ? 0 : 1;
    scheduler.stopping.store(true, std::memory_order_seq_cst);
    for (uint32_t i = 0; i < scheduler.worker_count; ++i) {
      Worker &other = scheduler.workers[i];
      std::lock_guard<std::mutex> park(other.park_mutex);
      other.wake_requested = true;
      other.park_cv.notify_one();
    }
  }
  release_actor(a);
}

void destroy_actor(Actor *a) {
  Worker *w = this_worker();
  MessageCache *cache = w != nullptr ? &w->messages : nullptr;
  if (a->current != nullptr) free_message(cache, a->current);
  for (MessageNode *n = a->saved_head; n != nullptr;) {
    MessageNode *next = n->saved_next;
    free_message(cache, n);
    n = next;
  }
  while (MpscNode *n = a->mailbox.pop_wait()) free_message(cache, reinterpret_cast<MessageNode *>(n));
  a->current = a->saved_head = a->saved_tail = nullptr;
  a->heap.release_all();
  a->links.clear();
  a->watchers.clear();
  a->monitor_targets.clear();
  a->watched.clear();
  a->cancelled_downs.clear();
  uint32_t slot = slot_of(a);
  if (w != nullptr) {
    w->slots.release(slot);
  } else {
    release_slot_shared(slot);
  }
}

}  // namespace aithon::rt

extern "C" [[noreturn]] void aithon_ctx_entry(void *argument) {
  using namespace aithon::rt;
  context_started();
  auto *self = static_cast<Actor *>(argument);
  complete_switch(self->worker);  // whoever switched to us
  self->behaviour(self->arg, self->arg_size);
  exit_current(self, AITHON_EXIT_NORMAL);
}

// The actor control block and pids.
//
// struct Actor lives near the top of the actor's stack slot, at the slot's
// colour offset (aithon_actor_block in runtime.h, slots.h).  Its first field
// is the reduction budget that compiled code decrements (aithon_yield_check
// in runtime.h).  Fields are grouped by who touches them so that other
// threads' traffic (senders, linkers) does not share cache lines with the
// running actor's own counters.
//
// Lifetime.  `life` packs a generation (high 32 bits) and a reference count
// (low 32 bits).  The actor holds one reference from spawn until it ends; a
// thread that wants to touch another actor (send, link, wake) first takes a
// reference with acquire_pid, which fails if the generation no longer matches
// or the count is zero.  When the count drops to zero the block is torn down
// and the slot goes back to a pool; the next actor in that slot gets the next
// generation, so old pids stay dead.  A pid is (generation << 32) | slot.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "aithon/runtime.h"
#include "context.h"
#include "flat_map.h"
#include "heap.h"
#include "message.h"
#include "mpsc_queue.h"
#include "slots.h"
#include "spinlock.h"

namespace aithon::rt {

struct Worker;

enum class ActorState : uint32_t {
  Runnable,  // in a run queue or a LIFO slot
  Running,
  Waiting,   // parked in receive/await; a message, signal or timer wakes it
  Done,
};
// Actor::state is an ActorState plus this bit: a sender (or an exit signal)
// set it because something arrived.  A waker that finds Waiting without it
// owns the wake-up; an actor that tries to park (Running -> Waiting) and
// finds it set stays runnable instead.  So parking is one compare-and-swap,
// after which the parking worker never touches the actor again: from then
// on a waker may resume it elsewhere, let it end, and its slot be reused.
constexpr uint32_t kNotified = 4;
inline uint32_t state_word(ActorState s) { return static_cast<uint32_t>(s); }
inline ActorState state_of(uint32_t word) { return static_cast<ActorState>(word & 3); }

// Why the actor switched back to its worker.
enum class SwitchReason : uint8_t { Yield, Wait, Exit };

// A growable array of 64-bit entries (links, monitors), malloc'd because
// most actors never have any.
struct PidList {
  uint64_t *items = nullptr;
  uint32_t count = 0;
  uint32_t capacity = 0;
  bool push(uint64_t v);
  bool remove(uint64_t v);  // the first equal entry
  bool contains(uint64_t v) const;
  void clear();
};

// The monitors on an actor: who watches it, under which reference.  Room
// for two inline, since most watched actors have one watcher (their
// awaiter); copied by value when the actor ends.
struct MonitorEntry {
  uint64_t ref;
  aithon_pid watcher;
};
struct MonitorList {
  MonitorEntry inline_items[2];
  MonitorEntry *heap = nullptr;
  uint32_t count = 0;
  uint32_t capacity = 2;
  MonitorEntry *items() { return heap != nullptr ? heap : inline_items; }
  bool push(MonitorEntry e);
  bool remove_ref(uint64_t ref);
  void clear();
};

// What an actor knows of an actor it monitors (Actor::watched).
struct Watched {
  uint32_t monitors;  // monitors held on it
  MessageNode *down;  // its DOWN in the saved list (the first, if several)
};

struct alignas(64) Actor {
  // ---- the running actor's own fields -------------------------------------
  int64_t reductions;     // ABI: offset 0 (aithon_current_reductions)
  Worker *worker;         // the worker running it; set at every resume
  SwitchReason switch_reason;
  bool trap_exits;
  bool is_main;
  int32_t exit_reason;
  aithon_pid pid;
  Context context;

  // ---- touched by other threads ---------------------------------------------
  alignas(64) std::atomic<uint64_t> life;
  std::atomic<uint32_t> state;       // ActorState, | kNotified
  std::atomic<bool> signal_pending;  // an exit signal is in the mailbox
  // While awaiting one actor: its pid, so that DOWN messages from others
  // do not wake this one for nothing.  AITHON_NO_PID: any message wakes it.
  std::atomic<aithon_pid> awaiting;
  // The current wait's deadline (monotonic ns, or -1), read by the worker
  // whose timer fires; and the deadline of this actor's entry in a timer
  // heap (-1: none), so that an actor waiting again and again with a
  // timeout keeps one entry, not one per wait.
  std::atomic<int64_t> wait_deadline;
  std::atomic<int64_t> armed_deadline;
  SpinLock lock;                     // guards dead, links, watchers
  bool dead;                         // ended: links and monitors answer NOPROC
  PidList links;
  MonitorList watchers;              // who monitors this actor

  // ---- mailbox (two cache lines of its own) ---------------------------------
  MpscQueue mailbox;

  // ---- cold, owner-only -----------------------------------------------------
  MessageNode *saved_head;  // taken from the mailbox, not yet received
  MessageNode *saved_tail;
  MessageNode *current;     // returned by the last receive; freed by the next
  // What the error that ends the actor names, if anything: the variable of
  // a NameError (a string literal of the program, so never freed).
  const char *error_detail;
  // The monitors this actor holds: ref -> target pid, and per target pid
  // how many, with the target's DOWN message once it is in the saved list,
  // so that await finds it in O(1).  A second DOWN from the same pid (two
  // monitors) is not indexed, only counted, and found by a search.
  FlatMap monitor_targets;
  FlatMapOf<Watched> watched;
  uint32_t unindexed_downs;
  FlatMap cancelled_downs;  // refs demonitored while their DOWN was on its way
  Heap heap;
  aithon_behaviour behaviour;
  void *arg;
  std::size_t arg_size;
  void *result;
  std::size_t result_size;
  alignas(16) unsigned char inline_arg[48];
};
static_assert(offsetof(Actor, reductions) == 0, "compiled code decrements offset 0");
static_assert(sizeof(Actor) <= AITHON_ACTOR_BLOCK_SIZE, "the control block must fit its reserved space");

inline Actor *actor_at_slot(uint32_t index) {
  return reinterpret_cast<Actor *>(aithon_actor_block(slot_arena.slot_base(index)));
}
inline uint32_t slot_of(const Actor *a) {
  return static_cast<uint32_t>((reinterpret_cast<std::uintptr_t>(a) - slot_arena.base()) / kSlotSize);
}
inline aithon_pid make_pid(uint32_t generation, uint32_t slot) {
  return (static_cast<uint64_t>(generation) << 32) | slot;
}

// The actor whose stack the caller runs on, or nullptr on any other stack
// (a worker's own stack, the main thread before the runtime started).
inline Actor *current_actor() {
  auto sp = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
  if (!slot_arena.contains(sp)) return nullptr;
  return reinterpret_cast<Actor *>(aithon_actor_block(sp));
}

// A counted reference to pid's actor, or nullptr if it has ended.
Actor *acquire_pid(aithon_pid pid);
// Drop a reference; the last one tears the actor down (lifecycle.cpp).
void release_actor(Actor *a);

}  // namespace aithon::rt

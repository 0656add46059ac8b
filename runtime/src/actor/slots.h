// Stack slots: where actors live.
//
// One large address range is reserved once (PROT_NONE, no memory behind it)
// and cut into slots of AITHON_STACK_SLOT_SIZE bytes, each aligned to its
// size.  A slot, from low to high addresses:
//
//   [guard: kGuardSize, never accessible][stack, grows down ...][control block][unused]
//
// The control block (struct Actor) ends a little below the slot's top: by
// up to 15 cache lines plus up to 63 pages, chosen by slot number
// (aithon_actor_block in runtime.h).  Code running on the stack finds its
// actor from the stack pointer alone.  Without these offsets every block
// would sit at the same address modulo 8 MiB, so in the same few sets of
// every cache: a ring of a few hundred actors passing a token would then miss
// the cache at every hop.  The unused space above the block is never touched,
// so it costs no memory.
//
// A slot is made writable once (mprotect) the first time it is used and then
// recycled through per-worker pools, so spawning costs no system call in the
// common case, and only the pages an actor touches use memory: a parked actor
// with a shallow stack costs one page.
//
// Slots are never unmapped while the process runs, so a stale pid can always
// look at its slot's control block to find out that its actor is gone.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

#include "aithon/runtime.h"

namespace aithon::rt {

constexpr std::uintptr_t kSlotSize = AITHON_STACK_SLOT_SIZE;
// Large, because nothing checks frame sizes: a function with a big frame
// could otherwise step over a small guard into the slot below.  Costs only
// address space.
constexpr std::uintptr_t kGuardSize = 256 * 1024;

class SlotArena {
 public:
  // Reserve the address range (once per process).  False if even a small
  // reservation fails.
  bool reserve();
  std::uintptr_t base() const { return base_; }
  std::uintptr_t end() const { return base_ + capacity_ * kSlotSize; }
  bool contains(std::uintptr_t address) const { return address - base_ < capacity_ * kSlotSize; }
  // Slots made writable so far (they are numbered 0 .. activated() - 1).
  uint32_t activated() const;
  // Make one more slot writable; false when the reservation or the kernel's
  // map limit (vm.max_map_count) is exhausted.
  bool activate(uint32_t *index);

  std::uintptr_t slot_base(uint32_t index) const { return base_ + index * kSlotSize; }

 private:
  std::uintptr_t base_ = 0;
  std::size_t capacity_ = 0;  // slots reserved
};

// Free slots.  Each worker keeps its own list; overflow and underflow go
// through a shared list in batches.
class SlotPool {
 public:
  bool acquire(uint32_t *index);  // local, then shared, then a new slot
  void release(uint32_t index);
  std::size_t size() const { return free_.size(); }
  void clear() { free_.clear(); }

 private:
  static constexpr std::size_t kMaxLocal = 1024;
  static constexpr std::size_t kBatch = 256;
  std::vector<uint32_t> free_;
};

extern SlotArena slot_arena;

// The shared list (slots.cpp), used by SlotPool and by threads that are
// not workers.
void release_slot_shared(uint32_t index);
// Every activated slot becomes free again (after the runtime stopped).
void reset_slots();

}  // namespace aithon::rt

// Stack slots (slots.h).
#include "slots.h"

#include <atomic>
#include <sys/mman.h>

namespace aithon::rt {

SlotArena slot_arena;

namespace {

std::atomic<uint32_t> activated_count{0};
std::mutex shared_mutex;
std::vector<uint32_t> shared_free;

// 2**17 slots of 8 MiB: 1 TiB of address space, no memory.  Machines with a
// smaller address space get less (reserve halves until the kernel agrees).
constexpr std::size_t kWantedSlots = std::size_t{1} << 17;
constexpr std::size_t kFewestSlots = 64;

}  // namespace

bool SlotArena::reserve() {
  if (base_ != 0) return true;
  for (std::size_t slots = kWantedSlots; slots >= kFewestSlots; slots /= 2) {
    // One slot extra so the start can be rounded up to the alignment.
    std::size_t bytes = (slots + 1) * kSlotSize;
    void *mem = mmap(nullptr, bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mem == MAP_FAILED) continue;
    auto start = reinterpret_cast<std::uintptr_t>(mem);
    base_ = (start + kSlotSize - 1) & ~(kSlotSize - 1);
    capacity_ = slots;
    return true;
  }
  return false;
}

uint32_t SlotArena::activated() const { return activated_count.load(std::memory_order_acquire); }

bool SlotArena::activate(uint32_t *index) {
  // Activation is rare (a slot is activated once, then recycled), so a lock
  // keeps the count and the kernel's view in step.
  static std::mutex activate_mutex;
  std::lock_guard<std::mutex> guard(activate_mutex);
  uint32_t next = activated_count.load(std::memory_order_relaxed);
  if (next >= capacity_) return false;
  std::uintptr_t usable = slot_base(next) + kGuardSize;
  if (mprotect(reinterpret_cast<void *>(usable), kSlotSize - kGuardSize, PROT_READ | PROT_WRITE) != 0) {
    return false;  // ENOMEM: usually vm.max_map_count
  }
  // Release: a thread that sees the new count may read the slot's block.
  activated_count.store(next + 1, std::memory_order_release);
  *index = next;
  return true;
}

bool SlotPool::acquire(uint32_t *index) {
  if (free_.empty()) {
    std::lock_guard<std::mutex> guard(shared_mutex);
    std::size_t take = shared_free.size() < kBatch ? shared_free.size() : kBatch;
    free_.insert(free_.end(), shared_free.end() - static_cast<std::ptrdiff_t>(take), shared_free.end());
    shared_free.resize(shared_free.size() - take);
  }
  if (!free_.empty()) {
    *index = free_.back();
    free_.pop_back();
    return true;
  }
  return slot_arena.activate(index);
}

void SlotPool::release(uint32_t index) {
  free_.push_back(index);
  if (free_.size() > kMaxLocal) {
    std::lock_guard<std::mutex> guard(shared_mutex);
    shared_free.insert(shared_free.end(), free_.end() - static_cast<std::ptrdiff_t>(kBatch), free_.end());
    free_.resize(free_.size() - kBatch);
  }
}

void release_slot_shared(uint32_t index) {
  std::lock_guard<std::mutex> guard(shared_mutex);
  shared_free.push_back(index);
}

void reset_slots() {
  std::lock_guard<std::mutex> guard(shared_mutex);
  shared_free.clear();
  uint32_t n = activated_count.load(std::memory_order_acquire);
  // Highest first, so that pools hand out low slots first.
  for (uint32_t i = n; i > 0; --i) shared_free.push_back(i - 1);
}

}  // namespace aithon::rt

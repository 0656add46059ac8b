// Internal: a worker's bounded run queue of runnable actors.  Not part of the
// ABI.  One owner thread pushes and pops (FIFO, so actors are served fairly);
// any other thread may steal the oldest half in one step.
//
// Layout: a ring of Capacity slots and two 64-bit counters that only grow:
//   head = number of items ever claimed (by the owner or by thieves)
//   tail = number of items ever pushed
// Items [head, tail) are in the queue; item i lives in slot i % Capacity.
// 64-bit counters never wrap in practice (2^64 pushes), so head/tail values
// are never reused: no ABA on head.
//
// Who writes what:
//   - tail and the slots are written only by the owner (push).
//   - head is written only by compare-exchange, by the owner (pop, pop_batch)
//     and by thieves (steal_half).  Every consumer claims a prefix [h, h+n) by
//     first copying those slots and then CASing head from h to h+n; only the
//     winner of the CAS keeps its copies.
//
// Why a thief never keeps a slot the owner overwrote (the key invariant):
// the owner writes slot (j % Capacity) for item j only when it has seen
// head > j - Capacity (the queue is not full), i.e. after item i = j - Capacity
// was claimed.  Suppose a thief read h <= i and copied slot i.  If the owner
// has overwritten that slot, head has moved past i >= h, and since head only
// grows it can never equal h again: the thief's CAS(h -> h+n) fails and the
// copies are discarded.  So a successful CAS implies every copied slot still
// held item [h, h+n) throughout the copy.
//
// Memory orders, and why each is needed:
//   - push: slot store (relaxed), then tail.store(release).  A consumer that
//     reads tail >= i+1 with acquire sees slot i and everything the owner
//     wrote into item i before pushing it.
//   - claim CAS on head: acq_rel.  Its release half orders the claimer's slot
//     reads before the new head; push() loads head with acquire before
//     reusing a slot, so the reads of a claimed slot happen-before its reuse
//     (head is only ever modified by RMWs, so a later CAS continues the
//     release sequence of an earlier one and the owner synchronizes with
//     every earlier claimer, not just the last).  Without this, a thief's
//     read of a slot could legally observe the owner's newer value even
//     though its CAS succeeded.
//   - consumers load head (acquire) before tail (acquire).  The head value
//     was written by a claimer that had itself seen tail >= head, so by
//     coherence the later tail load returns tail >= head.  The snapshot is
//     still not atomic (head may advance in between), so tail - head can
//     exceed Capacity; such a snapshot is stale and its CAS would fail
//     anyway, so we just retry.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace aithon::rt {

template <typename T, std::size_t Capacity = 256>
class RunQueue {
  static_assert(Capacity >= 2 && (Capacity & (Capacity - 1)) == 0,
                "RunQueue capacity must be a power of two");
  static constexpr std::uint64_t kMask = Capacity - 1;

 public:
  RunQueue() = default;
  RunQueue(const RunQueue &) = delete;
  RunQueue &operator=(const RunQueue &) = delete;

  // Owner only.  False if full: the caller spills to the global injector.
  bool push(T *item) {
    std::uint64_t t = tail_.load(std::memory_order_relaxed);  // we are its only writer
    // Acquire: see the slot reads of whoever claimed item t - Capacity
    // before we overwrite its slot (see the header comment).
    std::uint64_t h = head_.load(std::memory_order_acquire);
    if (t - h >= Capacity) return false;
    slots_[t & kMask].store(item, std::memory_order_relaxed);
    tail_.store(t + 1, std::memory_order_release);  // publishes the slot and *item
    return true;
  }

  // Owner only.  Oldest first; nullptr if empty.
  T *pop() {
    T *item = nullptr;
    return claim(&item, 1, /*half=*/false) ? item : nullptr;
  }

  // Owner only: takes up to n of the oldest items (used to spill half of a
  // full queue to the injector).  Returns how many.
  std::size_t pop_batch(T **out, std::size_t n) { return claim(out, n, /*half=*/false); }

  // Any thread but the owner: takes ceil(size/2) of the oldest items (at most
  // max) in one atomic step.  Returns how many; 0 if empty.
  std::size_t steal_half(T **out, std::size_t max) { return claim(out, max, /*half=*/true); }

  // Any thread; a snapshot that may be stale by the time it is used.
  std::size_t size_approx() const {
    std::uint64_t h = head_.load(std::memory_order_acquire);
    std::uint64_t t = tail_.load(std::memory_order_acquire);
    if (t <= h) return 0;
    return t - h > Capacity ? Capacity : static_cast<std::size_t>(t - h);
  }

 private:
  // Claims the oldest min(max, size) items, or min(max, ceil(size/2)) when
  // `half`, copying them to out.  Shared by the owner and the thieves: the
  // owner also claims by CAS because thieves may be claiming concurrently.
  std::size_t claim(T **out, std::size_t max, bool half) {
    std::uint64_t h = head_.load(std::memory_order_acquire);
    for (;;) {
      std::uint64_t t = tail_.load(std::memory_order_acquire);
      std::uint64_t size = t - h;  // see the header: t >= h
      if (size > Capacity) {
        // Stale snapshot: head moved on after we read it.
        h = head_.load(std::memory_order_acquire);
        continue;
      }
      std::uint64_t n = half ? (size + 1) / 2 : size;
      if (n > max) n = max;
      if (n == 0) return 0;
      // Copy before claiming: after a successful CAS the owner may reuse
      // these slots at any time.  If the CAS fails the copies may be torn
      // (an overwritten slot) but are discarded.
      for (std::uint64_t k = 0; k < n; ++k)
        out[k] = slots_[(h + k) & kMask].load(std::memory_order_relaxed);
      // On failure h is reloaded (acquire) with the current head.
      if (head_.compare_exchange_weak(h, h + n, std::memory_order_acq_rel,
                                      std::memory_order_acquire))
        return static_cast<std::size_t>(n);
    }
  }

  // Claimers contend on head_, the owner alone writes tail_: separate lines.
  alignas(64) std::atomic<std::uint64_t> head_{0};
  alignas(64) std::atomic<std::uint64_t> tail_{0};
  alignas(64) std::atomic<T *> slots_[Capacity] = {};
};

}  // namespace aithon::rt

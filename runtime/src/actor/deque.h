// A worker's run deque: a ring of runnable actors guarded by a spinlock.
//
//   back  (newest) -- the owner pushes and pops here: last in, first out,
//                     so a tree of spawns runs depth first and the number of
//                     actors alive at once stays small (each holds a stack);
//   front (oldest) -- thieves take half from here, and the owner puts actors
//                     whose slice ran out here (back of the line, and the
//                     first candidates to move to an idle worker).
//
// A lock rather than a lock-free deque: stealing half of the queue in one
// step, and pushing at both ends, are easy to get right under a lock and hard
// without one (a Chase-Lev deque steals one item; steal-half variants need
// ABA tags).  The owner's critical sections are a few instructions and
// thieves only try_lock, so the owner never waits for long.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "spinlock.h"

namespace aithon::rt {

template <typename T, std::size_t Capacity = 256>
class RunDeque {
  static_assert((Capacity & (Capacity - 1)) == 0, "Capacity must be a power of two");

 public:
  // Owner.  False if full (the caller spills to the global injector).
  bool push_back(T *item) {
    SpinGuard guard(lock_);
    if (size() == Capacity) return false;
    slots_[back_++ & kMask] = item;
    publish();
    return true;
  }
  bool push_front(T *item) {
    SpinGuard guard(lock_);
    if (size() == Capacity) return false;
    slots_[--front_ & kMask] = item;
    publish();
    return true;
  }
  // Owner: the newest item, or nullptr.
  T *pop_back() {
    if (size_approx() == 0) return nullptr;  // the common idle case: no lock
    SpinGuard guard(lock_);
    if (size() == 0) return nullptr;
    T *item = slots_[--back_ & kMask];
    publish();
    return item;
  }
  // Owner: move up to n of the oldest items to out (spilling when full).
  std::size_t pop_front_batch(T **out, std::size_t n) {
    SpinGuard guard(lock_);
    std::size_t k = take_front(out, n);
    publish();
    return k;
  }
  // Another worker: take half (rounded up, at most max) of the oldest items.
  // Gives up at once if the owner holds the lock.
  std::size_t steal_half(T **out, std::size_t max) {
    if (size_approx() == 0 || !lock_.try_lock()) return 0;
    std::size_t half = (size() + 1) / 2;
    std::size_t k = take_front(out, half < max ? half : max);
    publish();
    lock_.unlock();
    return k;
  }
  // Any thread; exact when read under the lock, a hint otherwise.
  std::size_t size_approx() const { return count_.load(std::memory_order_relaxed); }

 private:
  static constexpr std::uint64_t kMask = Capacity - 1;
  std::size_t size() const { return static_cast<std::size_t>(back_ - front_); }
  std::size_t take_front(T **out, std::size_t n) {
    std::size_t k = 0;
    while (k < n && front_ != back_) out[k++] = slots_[front_++ & kMask];
    return k;
  }
  // An idle worker registers itself as idle and then reads this count; a
  // producer pushes and then reads the idle count.  One of the two must see
  // the other: both put a seq_cst fence between their store and their load
  // (push_deque and park_worker in scheduler.cpp), so this store need not
  // be a locked instruction itself.
  void publish() { count_.store(size(), std::memory_order_release); }

  SpinLock lock_;
  std::atomic<std::size_t> count_{0};
  // Unsigned counters that wrap; front_ may go "below zero" by push_front.
  std::uint64_t front_ = 0;
  std::uint64_t back_ = 0;
  T *slots_[Capacity];
};

}  // namespace aithon::rt

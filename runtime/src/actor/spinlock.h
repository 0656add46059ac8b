// A test-and-test-and-set spinlock for the few places where a lock is
// simpler than a lock-free protocol and is held for a handful of
// instructions: an actor's link/monitor lists and a worker's run deque.
#pragma once

#include <atomic>

#include "mpsc_queue.h"  // detail::spin_pause

namespace aithon::rt {

class SpinLock {
 public:
  void lock() {
    for (;;) {
      if (!locked_.exchange(true, std::memory_order_acquire)) return;
      while (locked_.load(std::memory_order_relaxed)) detail::spin_pause();
    }
  }
  bool try_lock() {
    return !locked_.load(std::memory_order_relaxed) && !locked_.exchange(true, std::memory_order_acquire);
  }
  void unlock() { locked_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> locked_{false};
};

// RAII guard (std::lock_guard works too; this keeps the header light).
class SpinGuard {
 public:
  explicit SpinGuard(SpinLock &lock) : lock_(lock) { lock_.lock(); }
  ~SpinGuard() { lock_.unlock(); }
  SpinGuard(const SpinGuard &) = delete;
  SpinGuard &operator=(const SpinGuard &) = delete;

 private:
  SpinLock &lock_;
};

}  // namespace aithon::rt

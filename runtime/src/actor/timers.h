// A worker's timers: receive timeouts of actors that parked on it.  A binary
// heap ordered by deadline.  An entry names the actor by pid; when it fires,
// the actor's current wait decides (scheduler.cpp, fire_timers): woken if
// its deadline has passed, the entry moved to the later deadline if it waits
// again, dropped if it no longer waits or is gone.  Nothing is removed
// early, and each actor has one entry at a time (Actor::armed_deadline), so
// a receive loop with a timeout does not pile entries up.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <vector>

#include "aithon/runtime.h"

namespace aithon::rt {

struct Timer {
  int64_t deadline;  // monotonic ns
  aithon_pid pid;
};

class TimerHeap {
 public:
  void add(Timer t) {
    heap_.push_back(t);
    std::push_heap(heap_.begin(), heap_.end(), later);
    publish_size();
  }
  bool empty() const { return heap_.empty(); }
  int64_t next_deadline() const { return heap_.front().deadline; }
  // Pop one timer due at `now`; false if none is.
  bool pop_due(int64_t now, Timer *out) {
    if (heap_.empty() || heap_.front().deadline > now) return false;
    std::pop_heap(heap_.begin(), heap_.end(), later);
    *out = heap_.back();
    heap_.pop_back();
    publish_size();
    return true;
  }
  void clear() {
    heap_.clear();
    publish_size();
  }
  // The size, readable from any thread (statistics).
  std::size_t size_approx() const { return size_.load(std::memory_order_relaxed); }

 private:
  static bool later(const Timer &a, const Timer &b) { return a.deadline > b.deadline; }
  void publish_size() { size_.store(heap_.size(), std::memory_order_relaxed); }
  std::vector<Timer> heap_;
  std::atomic<std::size_t> size_{0};
};

int64_t monotonic_ns();

}  // namespace aithon::rt

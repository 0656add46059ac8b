// A worker's timers: receive timeouts of actors that parked on it.  A binary
// heap ordered by deadline.  An entry names the actor by pid and the wait it
// belongs to (wait_seq), so an entry whose wait already ended, or whose actor
// is gone, is recognised and dropped when it fires: nothing is ever removed
// early.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "aithon/runtime.h"

namespace aithon::rt {

struct Timer {
  int64_t deadline;  // monotonic ns
  aithon_pid pid;
  uint32_t wait_seq;
};

class TimerHeap {
 public:
  void add(Timer t) {
    heap_.push_back(t);
    std::push_heap(heap_.begin(), heap_.end(), later);
  }
  bool empty() const { return heap_.empty(); }
  int64_t next_deadline() const { return heap_.front().deadline; }
  // Pop one timer due at `now`; false if none is.
  bool pop_due(int64_t now, Timer *out) {
    if (heap_.empty() || heap_.front().deadline > now) return false;
    std::pop_heap(heap_.begin(), heap_.end(), later);
    *out = heap_.back();
    heap_.pop_back();
    return true;
  }
  void clear() { heap_.clear(); }

 private:
  static bool later(const Timer &a, const Timer &b) { return a.deadline > b.deadline; }
  std::vector<Timer> heap_;
};

int64_t monotonic_ns();

}  // namespace aithon::rt

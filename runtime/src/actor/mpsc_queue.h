// Internal: an intrusive multi-producer single-consumer FIFO queue, the
// mailbox of an actor.  Not part of the ABI.
//
// The algorithm is the non-blocking intrusive MPSC queue with a stub node
// (after Dmitry Vyukov).  The queue is a singly linked list from `front_`
// (consumer end) to `back_` (producer end):
//
//   front_ -> n1 -> n2 -> ... -> back_
//
// The list is never empty (initially it is just the stub), so back_ is never
// null and a producer always has a `prev` to link behind.  Every node in it
// except the stub is a message not yet returned by pop().
//
// push(n) is two steps:
//   (1) prev = back_.exchange(n)   -- n is now the producer end; linearisation
//   (2) prev->next = n             -- n becomes reachable from front_
// Between (1) and (2) the list is "broken" at prev: the consumer cannot see n
// or anything pushed after it.  That window is why pop() may return nullptr
// while the queue is not empty; has_pending() tells these cases apart.
//
// pop() returns the node at front_ as soon as that node has a successor (the
// successor becomes the new front_).  The last node has no successor, so to
// hand it out the consumer pushes the stub behind it: the stub then becomes
// the successor and, later, the front, standing in for "empty".
//
// Memory of the nodes is owned by the caller.  A node returned by pop() is no
// longer referenced by the queue (its successor link was already written, and
// no producer holds it as `prev` any more), so it may be reused or pushed again
// at once.
#pragma once

#include <atomic>

namespace aithon::rt {

namespace detail {

// A spin-wait hint: lets the sibling hyperthread run and saves power while we
// wait for another core to finish a two-step operation.
inline void spin_pause() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__) || defined(__arm__)
  asm volatile("yield" ::: "memory");
#else
  std::atomic_signal_fence(std::memory_order_seq_cst);
#endif
}

}  // namespace detail

struct MpscNode {
  std::atomic<MpscNode *> next{nullptr};
};

class MpscQueue {
 public:
  MpscQueue() : back_(&stub_), front_(&stub_) {}
  MpscQueue(const MpscQueue &) = delete;
  MpscQueue &operator=(const MpscQueue &) = delete;

  // Any thread; wait-free (one exchange, one store).
  void push(MpscNode *node) {
    // Relaxed is enough: the exchange below (a release) publishes it.
    node->next.store(nullptr, std::memory_order_relaxed);
    // seq_cst: a sender pushes and then marks the receiver's state word
    // (fetch_or); the message must be in the queue before the receiver, woken
    // by that mark, looks (scheduler.cpp: wake, after_switch).
    MpscNode *prev = back_.exchange(node, std::memory_order_seq_cst);
    // Release: whoever follows prev->next to `node` must see node's payload
    // and its next==nullptr written above.
    prev->next.store(node, std::memory_order_release);
  }

  // Consumer only.  FIFO.  nullptr when empty, or when a producer is between
  // its two steps (then has_pending() is true; see pop_wait()).
  MpscNode *pop() {
    MpscNode *front = front_;
    MpscNode *next = front->next.load(std::memory_order_acquire);
    if (front == &stub_) {
      // The stub is not a message: skip it.
      if (next == nullptr) return nullptr;  // empty, or the first push is in flight
      front_ = next;
      front = next;
      next = next->next.load(std::memory_order_acquire);
    }
    if (next != nullptr) {
      // `front` has a successor, so no producer will touch it again.
      front_ = next;
      return front;
    }
    // `front` is the last reachable node.  If it is not also the producer
    // end, some producer has exchanged back_ but not yet linked its node
    // behind `front`: we cannot hand `front` out (its next is about to be
    // written), so report "nothing right now".
    if (front != back_.load(std::memory_order_acquire)) return nullptr;
    // `front` is the only node: put the stub behind it so that `front` gets a
    // successor and can be returned.  A producer may race us here; then the
    // stub lands behind that producer's node, and `front`->next is written by
    // that producer, possibly not yet.
    push(&stub_);
    next = front->next.load(std::memory_order_acquire);
    if (next != nullptr) {
      front_ = next;
      return front;
    }
    return nullptr;  // raced with a producer still between its two steps
  }

  // Consumer only.  True iff some push has started (its exchange is done)
  // whose node pop() has not returned yet, i.e. the queue is not empty.
  //
  // Why this is exact: the queue is empty precisely when the stub is both the
  // front and the producer end.  If front_ is a real node, that node has not
  // been returned (pop() advances front_ past a node before returning it).
  // If front_ is the stub and back_ is not, a producer has exchanged back_
  // (only the consumer ever pushes the stub, and only while front_ is a real
  // node, so back_ != stub means a producer's node is in the list).
  bool has_pending() const {
    if (front_ != &stub_) return true;
    // seq_cst: the load half of the Dekker pattern described in push().
    return back_.load(std::memory_order_seq_cst) != &stub_;
  }

  // Consumer only.  Like pop(), but when a push is in flight, spins until it
  // lands; returns nullptr only if the queue is truly empty.  The wait is
  // short: the producer is between two adjacent instructions (unless it was
  // descheduled exactly there).
  MpscNode *pop_wait() {
    for (;;) {
      if (MpscNode *node = pop()) return node;
      if (!has_pending()) return nullptr;
      detail::spin_pause();
    }
  }

 private:
  // Producers hammer back_; keep it off the consumer's cache line.
  alignas(64) std::atomic<MpscNode *> back_;
  // Consumer-only state.  stub_.next is written by a producer only when the
  // stub is its `prev`, i.e. rarely (the queue was empty).
  alignas(64) MpscNode *front_;
  MpscNode stub_;
};

}  // namespace aithon::rt

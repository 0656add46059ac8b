// Stress and edge-case tests of the actor mailbox queue (actor/mpsc_queue.h).
// Meant to be run plain, under ThreadSanitizer and under AddressSanitizer.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "actor/mpsc_queue.h"
#include "stress_check.h"

using aithon::rt::MpscNode;
using aithon::rt::MpscQueue;

namespace {

using stress::failures;
using stress::stage;
using stress::Watchdog;

// A message: plain (non-atomic) payload written by the producer before push,
// read by the consumer after pop, so TSan checks the queue's publication.
struct Msg : MpscNode {
  uint32_t producer = 0;
  uint32_t seq = 0;
};

Msg *as_msg(MpscNode *n) { return static_cast<Msg *>(n); }

// ---- single-threaded edge cases ---------------------------------------------

void test_single_thread() {
  MpscQueue q;
  // Empty.
  CHECK(q.pop() == nullptr);
  CHECK(!q.has_pending());
  CHECK(q.pop_wait() == nullptr);
  CHECK(q.pop() == nullptr);  // still fine after empty pops

  // One element, popped by pop() and by pop_wait().
  Msg a, b, c;
  a.seq = 1, b.seq = 2, c.seq = 3;
  q.push(&a);
  CHECK(q.has_pending());
  CHECK(q.pop() == &a);
  CHECK(!q.has_pending());
  CHECK(q.pop() == nullptr);
  q.push(&a);
  CHECK(q.pop_wait() == &a);
  CHECK(q.pop_wait() == nullptr);
  CHECK(!q.has_pending());

  // Push after drain, several rounds, with node reuse: the stub goes back in
  // each time the last element is popped.
  for (int round = 0; round < 5; ++round) {
    q.push(&a);
    q.push(&b);
    CHECK(q.pop() == &a);
    CHECK(q.has_pending());
    q.push(&c);  // push while one element remains
    CHECK(q.pop() == &b);
    CHECK(q.pop() == &c);
    CHECK(q.pop() == nullptr);
    CHECK(!q.has_pending());
    q.push(&b);  // a node popped a moment ago can be pushed again
    CHECK(q.pop() == &b);
    CHECK(q.pop() == nullptr);
  }

  // Longer FIFO run, re-pushing each popped node at the back (a rotation):
  // the order must be preserved across many stub re-insertions.
  constexpr int kN = 1000;
  std::vector<Msg> msgs(kN);
  for (int i = 0; i < kN; ++i) {
    msgs[i].seq = static_cast<uint32_t>(i);
    q.push(&msgs[i]);
  }
  for (int i = 0; i < 3 * kN; ++i) {
    MpscNode *n = q.pop();
    CHECK(n != nullptr);
    if (n == nullptr) break;
    CHECK(as_msg(n)->seq == static_cast<uint32_t>(i % kN));
    q.push(n);
  }
  for (int i = 0; i < kN; ++i) {
    MpscNode *n = q.pop_wait();
    CHECK(n != nullptr && as_msg(n)->seq == static_cast<uint32_t>(i));
    CHECK(q.has_pending() == (i + 1 < kN));
  }
  CHECK(q.pop() == nullptr);
  CHECK(!q.has_pending());
}

// ---- many producers, one consumer ---------------------------------------------

constexpr uint32_t kProducers = 8;
constexpr uint32_t kPerProducer = 200000;

void test_stress() {
  MpscQueue q;
  std::vector<std::unique_ptr<Msg[]>> msgs;
  for (uint32_t p = 0; p < kProducers; ++p) msgs.emplace_back(new Msg[kPerProducer]);
  std::atomic<uint32_t> ready{0}, finished{0};

  std::vector<std::thread> producers;
  for (uint32_t p = 0; p < kProducers; ++p) {
    producers.emplace_back([&, p] {
      // Start together, so that producers really contend with each other.
      ready.fetch_add(1, std::memory_order_acq_rel);
      while (ready.load(std::memory_order_acquire) != kProducers) std::this_thread::yield();
      Msg *mine = msgs[p].get();
      for (uint32_t i = 0; i < kPerProducer; ++i) {
        mine[i].producer = p;
        mine[i].seq = i;
        q.push(&mine[i]);
      }
      finished.fetch_add(1, std::memory_order_acq_rel);
    });
  }

  // The consumer: expects each producer's sequence numbers in order, which
  // catches loss, duplication and reordering at once.
  std::vector<uint32_t> next_seq(kProducers, 0);
  uint64_t received = 0, in_flight_seen = 0, bad = 0;
  const uint64_t total = uint64_t{kProducers} * kPerProducer;
  while (received < total) {
    MpscNode *n = q.pop();
    if (n == nullptr) {
      if (q.has_pending()) {
        // A producer is between its exchange and its link: pop_wait() must
        // deliver a node, never give up.
        ++in_flight_seen;
        n = q.pop_wait();
        CHECK(n != nullptr);
        if (n == nullptr) break;
      } else {
        // Truly empty after every producer finished: the rest was lost.
        if (finished.load(std::memory_order_acquire) == kProducers && !q.has_pending()) break;
        std::this_thread::yield();
        continue;
      }
    }
    Msg *m = as_msg(n);
    if (m->producer >= kProducers || m->seq != next_seq[m->producer]) {
      if (bad++ < 10)
        std::fprintf(stderr, "stress: got producer %u seq %u, expected seq %u\n", m->producer,
                     m->seq, m->producer < kProducers ? next_seq[m->producer] : 0u);
      CHECK(!"message out of order, duplicated or corrupt");
    }
    ++received;  // counted even when bad, so a failure cannot hang the loop
    if (m->producer < kProducers) next_seq[m->producer] = m->seq + 1;
  }
  for (auto &t : producers) t.join();
  CHECK(received == total);
  for (uint32_t p = 0; p < kProducers; ++p) CHECK(next_seq[p] == kPerProducer);
  CHECK(q.pop_wait() == nullptr);
  CHECK(!q.has_pending());
  std::printf("stress: %llu messages, in-flight pushes observed by the consumer: %llu\n",
              static_cast<unsigned long long>(received),
              static_cast<unsigned long long>(in_flight_seen));
}

// ---- the parking protocol (Dekker-style wakeup) ------------------------------
//
// The receiver: state = PARKED (seq_cst); if has_pending(), unpark itself;
// otherwise wait for a sender to flip the state.  A sender: push(); then if
// state == PARKED, CAS it to RUNNING (that sender is the waker).  With
// seq_cst on both sides, a message can never sit in the queue while the
// receiver stays parked.  The receiver "waits" by spinning on the state word
// so that it can detect a lost wakeup instead of hanging: if every sender has
// finished (so all their wakeup attempts are visible) and the receiver is
// still parked with messages unreceived, a wakeup was lost.

constexpr uint32_t kSenders = 4;
constexpr uint32_t kPerSender = 50000;
enum : int { kRunning = 0, kParked = 1 };

void test_parking() {
  MpscQueue q;
  std::atomic<int> state{kRunning};
  std::atomic<uint32_t> senders_done{0};
  std::vector<std::unique_ptr<Msg[]>> msgs;
  for (uint32_t s = 0; s < kSenders; ++s) msgs.emplace_back(new Msg[kPerSender]);
  std::atomic<uint64_t> wakeups{0};

  std::vector<std::thread> senders;
  for (uint32_t s = 0; s < kSenders; ++s) {
    senders.emplace_back([&, s] {
      Msg *mine = msgs[s].get();
      for (uint32_t i = 0; i < kPerSender; ++i) {
        mine[i].producer = s;
        mine[i].seq = i;
        q.push(&mine[i]);
        if (state.load(std::memory_order_seq_cst) == kParked) {
          int expected = kParked;
          if (state.compare_exchange_strong(expected, kRunning, std::memory_order_seq_cst))
            wakeups.fetch_add(1, std::memory_order_relaxed);
        }
        if ((i & 1023) == 0) std::this_thread::yield();  // let the receiver park often
      }
      senders_done.fetch_add(1, std::memory_order_acq_rel);
    });
  }

  const uint64_t total = uint64_t{kSenders} * kPerSender;
  uint64_t received = 0, parks = 0;
  bool lost = false;
  while (received < total && !lost) {
    if (MpscNode *n = q.pop_wait()) {
      (void)as_msg(n)->seq;
      ++received;
      continue;
    }
    state.store(kParked, std::memory_order_seq_cst);
    if (q.has_pending()) {
      // A message arrived between pop_wait() and the store: do not sleep.
      state.store(kRunning, std::memory_order_relaxed);
      continue;
    }
    ++parks;
    while (state.load(std::memory_order_seq_cst) == kParked) {
      if (senders_done.load(std::memory_order_acquire) == kSenders &&
          state.load(std::memory_order_seq_cst) == kParked) {
        // All senders are finished, so every push and every wakeup attempt
        // is visible, and nobody woke us.
        if (q.has_pending()) {
          std::fprintf(stderr, "parking: lost wakeup after %llu of %llu messages\n",
                       static_cast<unsigned long long>(received),
                       static_cast<unsigned long long>(total));
          CHECK(!"lost wakeup");
          lost = true;
        }
        break;
      }
      std::this_thread::yield();
    }
    state.store(kRunning, std::memory_order_relaxed);
  }
  for (auto &t : senders) t.join();
  // Drain whatever is left after a failure so the count check is meaningful.
  while (q.pop_wait() != nullptr) ++received;
  CHECK(received == total);
  std::printf("parking: %llu messages, %llu parks, %llu wakeups by senders\n",
              static_cast<unsigned long long>(received), static_cast<unsigned long long>(parks),
              static_cast<unsigned long long>(wakeups.load()));
}

}  // namespace

int main() {
  auto t0 = std::chrono::steady_clock::now();
  Watchdog watchdog("test_mpsc_queue", 60);
  stage = "single-threaded cases";
  test_single_thread();
  stage = "stress";
  test_stress();
  stage = "parking";
  test_parking();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (failures.load() != 0) {
    std::fprintf(stderr, "test_mpsc_queue: %d check(s) failed\n", failures.load());
    return 1;
  }
  std::printf("test_mpsc_queue: all checks passed (%.2f s)\n", secs);
  return 0;
}

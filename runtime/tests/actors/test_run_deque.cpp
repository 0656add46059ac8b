// Stress and edge-case tests of a worker's run deque (actor/deque.h).
// Meant to be run plain, under ThreadSanitizer and under AddressSanitizer.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "actor/deque.h"
#include "stress_check.h"

using aithon::rt::RunDeque;

namespace {

using stress::failures;
using stress::stage;
using stress::Watchdog;

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// A task: plain fields written by the owner before a push and read by
// whoever takes it, so TSan checks the deque's publication; `taker` is
// written by the taker, so two takers of one item would also be a TSan race.
//
// `key` orders the deque: the contents are always the push_front items,
// newest first, then the push_back items, oldest first (each end only gains
// its own kind, and removals are at the ends).  With key = -(id+1) for a
// push_front item and +(id+1) for a push_back item (ids grow with time) the
// keys increase strictly from front to back, so any run taken from the
// deque is in increasing key order.  `pos` is a push_back item's ring index
// (the owner alone moves back_, so it knows it): the push_back items in one
// run have consecutive positions.
struct Item {
  uint32_t id = 0;
  uint32_t payload = 0;
  int64_t key = 0;
  uint64_t pos = 0;
  int32_t taker = -1;
};

uint32_t payload_of(uint32_t id) { return id * 7u + 1u; }

// xorshift64: cheap, deterministic, per-thread.
struct Rng {
  uint64_t s;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
};

// ---- single-threaded ------------------------------------------------------------

// Takes everything left with pop_front_batch, which must be `want` in order,
// and leaves the deque empty.
template <std::size_t Cap>
void expect_drain(RunDeque<Item, Cap> &q, const std::vector<Item *> &want, int line) {
  std::vector<Item *> out(Cap + 1);
  std::size_t n = q.pop_front_batch(out.data(), Cap + 1);
  bool ok = n == want.size();
  for (std::size_t j = 0; ok && j < n; ++j) ok = out[j] == want[j];
  if (!ok) std::fprintf(stderr, "expect_drain called from line %d: got %zu items, want %zu\n", line, n, want.size());
  CHECK(ok);
  CHECK(q.size_approx() == 0);
  CHECK(q.pop_back() == nullptr);
}

void test_edges() {
  RunDeque<Item, 8> q;
  Item items[16];
  for (uint32_t i = 0; i < 16; ++i) items[i].id = i;
  auto p = [&](int i) { return &items[i]; };
  auto ps = [&](std::initializer_list<int> ids) {
    std::vector<Item *> v;
    for (int i : ids) v.push_back(p(i));
    return v;
  };
  Item *out[16];

  // Empty.
  CHECK(q.size_approx() == 0);
  CHECK(q.pop_back() == nullptr);
  CHECK(q.steal_half(out, 16) == 0);
  CHECK(q.pop_front_batch(out, 16) == 0);
  CHECK(q.size_approx() == 0);

  // pop_back is last in, first out.
  for (int i = 0; i < 8; ++i) {
    CHECK(q.push_back(p(i)));
    CHECK(q.size_approx() == static_cast<std::size_t>(i + 1));
  }
  for (int i = 7; i >= 0; --i) {
    CHECK(q.pop_back() == p(i));
    CHECK(q.size_approx() == static_cast<std::size_t>(i));
  }
  CHECK(q.pop_back() == nullptr);

  // push_front goes behind everything: popped last by pop_back ...
  CHECK(q.push_back(p(0)));
  CHECK(q.push_back(p(1)));
  CHECK(q.push_back(p(2)));
  CHECK(q.push_front(p(3)));
  CHECK(q.push_front(p(4)));  // [4 3 0 1 2]
  CHECK(q.size_approx() == 5);
  for (int i : {2, 1, 0, 3, 4}) CHECK(q.pop_back() == p(i));
  CHECK(q.pop_back() == nullptr);
  // ... and stolen first by steal_half: ceil(5/2) = 3 of the oldest, in order.
  CHECK(q.push_back(p(0)));
  CHECK(q.push_back(p(1)));
  CHECK(q.push_back(p(2)));
  CHECK(q.push_front(p(3)));
  CHECK(q.push_front(p(4)));
  CHECK(q.steal_half(out, 16) == 3);
  CHECK(out[0] == p(4) && out[1] == p(3) && out[2] == p(0));
  CHECK(q.size_approx() == 2);
  expect_drain(q, ps({1, 2}), __LINE__);
  // A push_front into an empty deque is at both ends.
  CHECK(q.push_front(p(5)));
  CHECK(q.pop_back() == p(5));
  CHECK(q.push_front(p(5)));
  CHECK(q.steal_half(out, 16) == 1 && out[0] == p(5));
  CHECK(q.push_front(p(5)));
  CHECK(q.push_back(p(6)));
  CHECK(q.pop_back() == p(6));
  CHECK(q.pop_back() == p(5));
  CHECK(q.pop_back() == nullptr);

  // Full: push_back and push_front both fail at Capacity and change nothing.
  for (int i = 0; i < 8; ++i) CHECK(q.push_back(p(i)));
  CHECK(!q.push_back(p(8)));
  CHECK(!q.push_front(p(8)));
  CHECK(q.size_approx() == 8);
  expect_drain(q, ps({0, 1, 2, 3, 4, 5, 6, 7}), __LINE__);
  // Filled from the front only (front_ goes below zero).
  for (int i = 0; i < 8; ++i) CHECK(q.push_front(p(i)));
  CHECK(!q.push_front(p(8)));
  CHECK(!q.push_back(p(8)));
  CHECK(q.size_approx() == 8);
  for (int i = 0; i < 8; ++i) CHECK(q.pop_back() == p(i));
  CHECK(q.pop_back() == nullptr);
  // From both ends: [7 5 3 1 0 2 4 6]; one pop_back makes room for one push.
  for (int i = 0; i < 8; ++i) CHECK(i % 2 ? q.push_front(p(i)) : q.push_back(p(i)));
  CHECK(!q.push_back(p(8)));
  CHECK(!q.push_front(p(8)));
  CHECK(q.pop_back() == p(6));
  CHECK(q.push_front(p(8)));
  CHECK(!q.push_back(p(9)));
  CHECK(!q.push_front(p(9)));
  expect_drain(q, ps({8, 7, 5, 3, 1, 0, 2, 4}), __LINE__);
  // The spill path: full -> pop_front_batch the older half -> room again.
  for (int i = 0; i < 8; ++i) CHECK(q.push_back(p(i)));
  CHECK(!q.push_back(p(8)));
  CHECK(q.pop_front_batch(out, 4) == 4);
  for (int k = 0; k < 4; ++k) CHECK(out[k] == p(k));
  CHECK(q.size_approx() == 4);
  CHECK(q.push_back(p(8)));
  CHECK(q.push_front(p(9)));
  CHECK(q.size_approx() == 6);
  expect_drain(q, ps({9, 4, 5, 6, 7, 8}), __LINE__);

  // pop_front_batch: the oldest first, at most n, fewer if that is all.
  for (int i = 0; i < 6; ++i) CHECK(q.push_back(p(i)));
  CHECK(q.pop_front_batch(out, 0) == 0);
  CHECK(q.size_approx() == 6);
  CHECK(q.pop_front_batch(out, 2) == 2);
  CHECK(out[0] == p(0) && out[1] == p(1));
  CHECK(q.pop_front_batch(out, 3) == 3);
  CHECK(out[0] == p(2) && out[1] == p(3) && out[2] == p(4));
  CHECK(q.size_approx() == 1);
  CHECK(q.pop_front_batch(out, 16) == 1);
  CHECK(out[0] == p(5));
  CHECK(q.pop_front_batch(out, 16) == 0);
  CHECK(q.size_approx() == 0);
  CHECK(q.push_back(p(0)));
  CHECK(q.push_back(p(1)));
  CHECK(q.push_front(p(2)));  // [2 0 1]
  CHECK(q.pop_front_batch(out, 2) == 2);
  CHECK(out[0] == p(2) && out[1] == p(0));
  CHECK(q.pop_back() == p(1));
  CHECK(q.pop_back() == nullptr);

  // steal_half's max: 0 takes nothing; a max below half is honoured.
  for (int i = 0; i < 8; ++i) CHECK(q.push_back(p(i)));
  CHECK(q.steal_half(out, 0) == 0);
  CHECK(q.size_approx() == 8);
  CHECK(q.steal_half(out, 3) == 3);
  for (int k = 0; k < 3; ++k) CHECK(out[k] == p(k));
  CHECK(q.steal_half(out, 16) == 3);  // ceil(5/2)
  for (int k = 0; k < 3; ++k) CHECK(out[k] == p(3 + k));
  CHECK(q.steal_half(out, 16) == 1);  // ceil(2/2)
  CHECK(out[0] == p(6));
  CHECK(q.steal_half(out, 16) == 1);  // ceil(1/2)
  CHECK(out[0] == p(7));
  CHECK(q.steal_half(out, 16) == 0);
  CHECK(q.size_approx() == 0);
}

// steal_half takes min(max, ceil(size/2)) of the oldest, in order, for every
// size 0..Cap and a range of max, with the contents filled from both ends and
// the ring's base moved to many offsets, below zero included (push_front +
// pop_back moves front_ and back_ down by one, push_back + pop_front_batch up
// by one), so runs wrap around the end of the slot array.
template <std::size_t Cap>
void test_steal_sizes() {
  RunDeque<Item, Cap> q;
  std::vector<Item> items(Cap + 1);
  for (std::size_t i = 0; i <= Cap; ++i) items[i].id = static_cast<uint32_t>(i);
  std::vector<Item *> out(2 * Cap + 2);
  std::deque<Item *> model;
  std::vector<std::size_t> maxes;
  if (Cap <= 16) {
    for (std::size_t m = 0; m <= Cap + 1; ++m) maxes.push_back(m);
  } else {
    maxes = {0, 1, 2, 3, Cap / 4 + 1, Cap / 2 - 1, Cap / 2, Cap / 2 + 1, Cap, 2 * Cap};
  }
  const int rounds = Cap <= 16 ? static_cast<int>(3 * Cap) : 6;
  uint64_t base = 0;  // front_ == back_ when empty; mirrors them
  uint64_t combos = 0;
  for (int round = 0; round < rounds && failures.load() < 10; ++round) {
    // 0, -3, -6, ...: every residue mod Cap for the small ring.
    const uint64_t target = 0 - static_cast<uint64_t>(round) * 3;
    for (std::size_t size = 0; size <= Cap; ++size) {
      for (std::size_t max : maxes) {
        while (base != target) {
          if (static_cast<int64_t>(base - target) > 0) {
            CHECK(q.push_front(&items[0]));
            CHECK(q.pop_back() == &items[0]);
            --base;
          } else {
            CHECK(q.push_back(&items[0]));
            CHECK(q.pop_front_batch(out.data(), 1) == 1);
            ++base;
          }
        }
        CHECK(q.size_approx() == 0);
        model.clear();
        for (std::size_t i = 0; i < size; ++i) {
          bool front = (i + static_cast<std::size_t>(round)) % 3 == 0;
          CHECK(front ? q.push_front(&items[i]) : q.push_back(&items[i]));
          if (front) {
            model.push_front(&items[i]);
          } else {
            model.push_back(&items[i]);
            ++base;
          }
        }
        CHECK(q.size_approx() == size);
        if (size == Cap) {
          CHECK(!q.push_back(&items[Cap]));
          CHECK(!q.push_front(&items[Cap]));
        }
        std::size_t want = std::min(max, (size + 1) / 2);
        std::size_t got = q.steal_half(out.data(), max);
        bool ok = got == want;
        for (std::size_t j = 0; ok && j < got; ++j) ok = out[j] == model[j];
        std::size_t rest = q.pop_front_batch(out.data(), Cap + 1);
        ok = ok && rest == size - want;
        for (std::size_t j = 0; ok && j < rest; ++j) ok = out[j] == model[want + j];
        if (!ok)
          std::fprintf(stderr,
                       "steal_half<Cap=%zu>: size %zu, max %zu, base %lld: stole %zu (want %zu), "
                       "then %zu remained\n",
                       Cap, size, max, static_cast<long long>(target), got, want, rest);
        CHECK(ok);
        CHECK(q.size_approx() == 0);
        ++combos;
      }
    }
  }
  std::printf("steal_sizes<Cap=%zu>: %llu (size, max, ring offset) cases\n", Cap,
              static_cast<unsigned long long>(combos));
}

// Owner-only, against a std::deque model: all five operations in a random
// mix, the deque swinging between empty and full, size_approx exact after
// every operation, through many wraparounds of the ring.
template <std::size_t Cap>
void test_model() {
  RunDeque<Item, Cap> q;
  constexpr uint32_t kN = 20000;
  std::vector<Item> items(kN);
  std::deque<Item *> model;
  Rng rng{0x9e3779b97f4a7c15ull};
  std::vector<Item *> out(Cap + 8);
  uint32_t next = 0;
  uint64_t fulls = 0, empties = 0;
  for (int step = 0; step < 300000 && failures.load() < 10; ++step) {
    // Phases that fill and phases that drain, so both limits are reached.
    const bool filling = (step / (4 * static_cast<int>(Cap))) % 2 == 0;
    const uint64_t r = rng.next() % 100;
    const uint64_t push_pct = filling ? 70 : 30;
    if (r < push_pct) {
      if (next == kN) next = 0;  // reuse items once all were pushed
      const bool front = r % 3 == 0;
      Item *it = &items[next];
      bool ok = front ? q.push_front(it) : q.push_back(it);
      CHECK(ok == (model.size() < Cap));
      if (!ok) ++fulls;
      if (ok) {
        ++next;
        if (front) {
          model.push_front(it);
        } else {
          model.push_back(it);
        }
      }
    } else {
      const uint64_t k = r % 3;
      if (k == 0) {
        Item *got = q.pop_back();
        Item *want = model.empty() ? nullptr : model.back();
        CHECK(got == want);
        if (!want) ++empties;
        if (want) model.pop_back();
      } else {
        // 0 .. Cap+1, so n = 0 and n > size both occur; small while filling.
        const std::size_t n = rng.next() % (filling ? 4 : Cap + 2);
        const bool steal = k == 1;
        std::size_t want = model.size();
        if (steal) want = (want + 1) / 2;
        if (want > n) want = n;
        std::size_t got = steal ? q.steal_half(out.data(), n) : q.pop_front_batch(out.data(), n);
        CHECK(got == want);
        for (std::size_t j = 0; j < got && j < want; ++j) CHECK(out[j] == model[j]);
        for (std::size_t j = 0; j < want; ++j) model.pop_front();
      }
    }
    CHECK(q.size_approx() == model.size());
  }
  std::printf("model<Cap=%zu>: 300000 operations, %llu pushes on a full deque, %llu pop_backs on an empty one\n",
              Cap, static_cast<unsigned long long>(fulls), static_cast<unsigned long long>(empties));
  CHECK(fulls > 0 && empties > 0);
}

// ---- owner + concurrent thieves -----------------------------------------------------
//
// The owner runs a random mix of push_back, push_front, pop_back and
// pop_front_batch (and spills the older half with pop_front_batch when a push
// finds the deque full, as the scheduler does) while three thieves call
// steal_half.  Each item is pushed once, so items have unique ids.  Checked:
//
//   online -- every item is taken exactly once (an atomic counter per item),
//     uncorrupted; each run a thief or pop_front_batch returns is in deque
//     order (increasing key) and its push_back items have consecutive ring
//     positions; a push_back item that pop_back returns sits at back_ - 1;
//
//   afterwards -- the whole history is replayed against a sequential model:
//     the owner logs its operations and results, each thief its steals.
//     Every operation runs under the deque's lock, so the history is
//     sequential in lock order; the owner publishes `started` (seq_cst,
//     before each operation) and `finished` (release, after it), and a thief
//     reads `finished` before a steal and `started` after it, which pins the
//     steal between two owner operations within a small window [lo, hi].
//     The replay searches for a placement of each steal in its window where
//     its items are exactly the oldest min(max, ceil(size/2)) of the model,
//     such that each owner result (push refused exactly when full, pop_back
//     the newest, pop_front_batch the oldest min(n, size)) matches the model.
//     The steals that can go at one point form a single chain (items are
//     unique, so at most one steal fits the front at a time); the search
//     places as much of it as the owner's next result allows and backtracks
//     when that turns out wrong later (a steal that fits both before and
//     after a push can still have to follow a later push that was refused).
//
// Timing decides how much the thieves get: on a loaded machine the owner can
// run far ahead before a thief is scheduled.  So in a round the owner goes on
// past n_min items until the thieves together have stolen kMinStolen items
// (up to n_max, or the time budget), yielding now and then to let them in.
// Rounds (fresh deque, fresh threads, memory for the logs bounded) repeat
// until the time budget is spent: many in a plain build, at least one under
// a sanitizer.

constexpr int kThieves = 3;
constexpr uint64_t kMinStolen = 5000;

enum : uint8_t { kPushBack, kPushFront, kPopBack, kPopFront };

const char *op_name(uint8_t kind) {
  switch (kind) {
    case kPushBack: return "push_back";
    case kPushFront: return "push_front";
    case kPopBack: return "pop_back";
    default: return "pop_front_batch";
  }
}

struct OwnerOp {
  uint8_t kind;
  uint8_t ok;  // push: accepted; pop_back: returned an item
  uint16_t n;  // pop_front_batch: asked for
  uint32_t a;  // push, pop_back: the item's id; pop_front_batch: offset in batch_ids
  uint32_t k;  // pop_front_batch: returned
};

struct StealRec {
  uint64_t lo, hi;  // after owner operation lo - 1, before owner operation hi
  uint32_t max, k, off;  // off: offset of the ids in ThiefLog::ids
};

struct ThiefLog {
  std::vector<StealRec> steals;
  std::vector<uint32_t> ids;
  uint64_t items = 0, max_batch = 0, empty_tries = 0;
  bool oversize = false;  // size_approx() above Cap seen (reported once)
};

// The replay described above.  Returns false (after printing where the
// search got furthest) if no order explains the history.
template <std::size_t Cap>
bool replay(const std::vector<OwnerOp> &ops, const std::vector<uint32_t> &batch_ids,
            const std::vector<ThiefLog> &logs, uint64_t *deferred_out, uint64_t *backtracks_out) {
  const std::size_t n_thieves = logs.size();
  std::deque<uint32_t> model;
  std::vector<std::size_t> next(n_thieves, 0);  // each thief's first unplaced steal
  struct Link {
    std::size_t thief;
    std::size_t index;
    std::size_t d_after;  // items the chain has taken from the front so far
  };
  // A point where more than one number of the chain's steals could go.
  struct Choice {
    uint64_t p;
    std::vector<uint32_t> model;
    std::vector<std::size_t> next;
    std::vector<Link> chain;
    std::size_t m_min, m_below;  // alternatives left: m_min <= m < m_below
  };
  std::deque<Choice> choices;
  constexpr std::size_t kMaxChoices = 4096;    // only the recent past can matter
  constexpr uint64_t kMaxBacktracks = 100000;  // give up rather than hang
  uint64_t deferred = 0, backtracks = 0;

  auto fits = [&](const StealRec &s, std::size_t t, std::size_t d) {
    const std::size_t size = model.size() - d;
    if (s.k != std::min<std::size_t>(s.max, (size + 1) / 2)) return false;
    for (std::size_t j = 0; j < s.k; ++j)
      if (logs[t].ids[s.off + j] != model[d + j]) return false;
    return true;
  };
  auto consistent = [&](const OwnerOp &op, std::size_t d) {
    const std::size_t size = model.size() - d;
    switch (op.kind) {
      case kPushBack:
      case kPushFront: return (op.ok != 0) == (size < Cap);
      case kPopBack: return op.ok ? size > 0 && model.back() == op.a : size == 0;
      default:
        if (op.k != std::min<std::size_t>(op.n, size)) return false;
        for (std::size_t j = 0; j < op.k; ++j)
          if (batch_ids[op.a + j] != model[d + j]) return false;
        return true;
    }
  };
  auto d_of = [](const std::vector<Link> &chain, std::size_t m) { return m ? chain[m - 1].d_after : 0; };
  // Places the first m steals of the chain, then owner operation p.
  auto apply = [&](const std::vector<Link> &chain, std::size_t m, uint64_t p) {
    for (std::size_t c = 0; c < m; ++c) next[chain[c].thief] = chain[c].index + 1;
    for (std::size_t j = d_of(chain, m); j > 0; --j) model.pop_front();
    deferred += chain.size() - m;
    if (p == ops.size()) return;
    const OwnerOp &op = ops[p];
    switch (op.kind) {
      case kPushBack:
        if (op.ok) model.push_back(op.a);
        break;
      case kPushFront:
        if (op.ok) model.push_front(op.a);
        break;
      case kPopBack:
        if (op.ok) model.pop_back();
        break;
      default:
        for (std::size_t j = 0; j < op.k; ++j) model.pop_front();
    }
  };

  // The furthest failure, for the report.
  uint64_t fail_p = 0;
  const char *fail_what = nullptr;
  std::vector<uint32_t> fail_model;
  std::vector<std::size_t> fail_next;
  auto fail = [&](const char *what, uint64_t p) {
    if (fail_what && p < fail_p) return;
    fail_p = p;
    fail_what = what;
    fail_model.assign(model.begin(), model.end());
    fail_next = next;
  };
  auto dump = [&] {
    const uint64_t p = fail_p;
    std::fprintf(stderr, "replay: %s before owner operation %llu of %zu", fail_what,
                 static_cast<unsigned long long>(p), ops.size());
    if (p < ops.size()) {
      const OwnerOp &op = ops[p];
      std::fprintf(stderr, " (%s ok=%u n=%u a=%u k=%u)", op_name(op.kind), op.ok, op.n, op.a, op.k);
    }
    std::fprintf(stderr, "\n  model: %zu items, front", fail_model.size());
    for (std::size_t j = 0; j < fail_model.size() && j < 8; ++j) std::fprintf(stderr, " %u", fail_model[j]);
    if (!fail_model.empty()) std::fprintf(stderr, " ... back %u", fail_model.back());
    std::fprintf(stderr, "\n");
    const uint64_t from = p > 24 ? p - 24 : 0;
    for (uint64_t i = from; i <= p && i < ops.size(); ++i) {
      const OwnerOp &op = ops[i];
      std::fprintf(stderr, "  op %llu: %s", static_cast<unsigned long long>(i), op_name(op.kind));
      if (op.kind == kPopFront) {
        std::fprintf(stderr, "(%u) ->", op.n);
        for (uint32_t j = 0; j < op.k; ++j) std::fprintf(stderr, " %u", batch_ids[op.a + j]);
      } else if (op.kind == kPopBack) {
        if (op.ok) std::fprintf(stderr, " -> %u", op.a);
        else std::fprintf(stderr, " -> none");
      } else {
        std::fprintf(stderr, "(%u)%s", op.a, op.ok ? "" : " refused");
      }
      std::fprintf(stderr, "\n");
    }
    for (std::size_t t = 0; t < n_thieves; ++t) {
      for (std::size_t i = t < fail_next.size() ? fail_next[t] : 0; i < logs[t].steals.size(); ++i) {
        const StealRec &s = logs[t].steals[i];
        if (s.lo > p + 24) break;
        std::fprintf(stderr, "  thief %zu steal %zu: window [%llu, %llu], max %u, took %u:", t + 1, i,
                     static_cast<unsigned long long>(s.lo), static_cast<unsigned long long>(s.hi), s.max,
                     s.k);
        for (std::size_t j = 0; j < s.k && j < 8; ++j) std::fprintf(stderr, " %u", logs[t].ids[s.off + j]);
        std::fprintf(stderr, "\n");
      }
    }
  };

  std::vector<Link> chain;
  std::vector<std::size_t> cur(n_thieves);
  uint64_t p = 0;
  for (;;) {
    bool ok = true;
    // The steals that can go before owner operation p, in the only order
    // their items allow.
    chain.clear();
    cur = next;
    std::size_t d = 0;
    for (bool grew = true; grew;) {
      grew = false;
      for (std::size_t t = 0; t < n_thieves; ++t) {
        if (cur[t] == logs[t].steals.size()) continue;
        const StealRec &s = logs[t].steals[cur[t]];
        if (s.lo <= p && fits(s, t, d)) {
          d += s.k;
          chain.push_back({t, cur[t], d});
          ++cur[t];
          grew = true;
        }
      }
    }
    // Steals whose window ends here must be in it.
    std::size_t m_min = 0;
    for (std::size_t t = 0; ok && t < n_thieves; ++t) {
      for (std::size_t i = next[t]; i < logs[t].steals.size() && logs[t].steals[i].hi <= p; ++i) {
        if (i >= cur[t]) {
          fail("a steal fits nowhere in its window (not the oldest min(max, ceil(size/2)))", p);
          ok = false;
          break;
        }
        for (std::size_t c = 0; c < chain.size(); ++c)
          if (chain[c].thief == t && chain[c].index == i) m_min = std::max(m_min, c + 1);
      }
    }
    if (ok && p == ops.size()) {
      apply(chain, chain.size(), p);
      bool all = model.empty();
      for (std::size_t t = 0; t < n_thieves; ++t) all = all && next[t] == logs[t].steals.size();
      if (all) break;  // explained
      fail("steals or items left over at the end", p);
      ok = false;
    }
    if (ok) {
      // As many of the chain as the owner's result allows; remember the rest.
      std::size_t m = chain.size() + 1;
      while (m-- > m_min && !consistent(ops[p], d_of(chain, m))) {
      }
      if (m + 1 == m_min || m == SIZE_MAX) {
        fail("the owner's result does not match the deque", p);
        ok = false;
      } else {
        if (m > m_min) {
          choices.push_back({p, std::vector<uint32_t>(model.begin(), model.end()), next, chain, m_min, m});
          if (choices.size() > kMaxChoices) choices.pop_front();
        }
        apply(chain, m, p);
        ++p;
        continue;
      }
    }
    // Backtrack to the latest choice with an alternative left.
    bool resumed = false;
    while (!choices.empty() && !resumed) {
      if (++backtracks > kMaxBacktracks) break;
      Choice &c = choices.back();
      model.assign(c.model.begin(), c.model.end());
      next = c.next;
      std::size_t m = c.m_below;
      while (m-- > c.m_min && !consistent(ops[c.p], d_of(c.chain, m))) {
      }
      if (m + 1 == c.m_min || m == SIZE_MAX) {
        choices.pop_back();
        continue;
      }
      c.m_below = m;
      p = c.p;
      apply(c.chain, m, p);
      ++p;
      if (c.m_below == c.m_min) choices.pop_back();
      resumed = true;
    }
    if (!resumed) {
      dump();
      if (backtracks > kMaxBacktracks) std::fprintf(stderr, "replay: gave up after %llu backtracks\n",
                                                    static_cast<unsigned long long>(backtracks));
      return false;
    }
  }
  *deferred_out = deferred;
  *backtracks_out = backtracks;
  return true;
}

struct Totals {
  uint64_t rounds = 0, items = 0, ops = 0, fulls = 0, null_pops = 0, owner_items = 0;
  uint64_t deferred = 0, backtracks = 0;
  uint64_t lagging = 0;  // rounds in which the thieves stole fewer than kMinStolen
  uint64_t stolen[kThieves] = {}, steals[kThieves] = {}, max_batch[kThieves] = {};
  bool replay_failed = false;
};

template <std::size_t Cap>
void concurrent_round(uint32_t n_min, uint32_t n_max, bool pauses,
                      std::chrono::steady_clock::time_point deadline, Totals &totals) {
  RunDeque<Item, Cap> q;
  std::unique_ptr<Item[]> items(new Item[n_max]);
  std::unique_ptr<std::atomic<uint8_t>[]> taken(new std::atomic<uint8_t>[n_max]);
  for (uint32_t i = 0; i < n_max; ++i) taken[i].store(0, std::memory_order_relaxed);
  std::atomic<uint64_t> stolen[kThieves] = {};  // progress, read by the owner
  std::atomic<uint64_t> started{0}, finished{0};
  std::atomic<bool> done{false};
  std::atomic<int> ready{0};
  std::atomic<int> bad_reports{0};

  // An item's id from its address, without trusting the pointer (a broken
  // deque hands out stale or uninitialised slots): kBadId if not an item.
  constexpr uint32_t kBadId = UINT32_MAX;
  auto index_of = [&](const Item *it) {
    const auto a = reinterpret_cast<std::uintptr_t>(it), b = reinterpret_cast<std::uintptr_t>(items.get());
    if (a < b || a >= b + sizeof(Item) * n_max || (a - b) % sizeof(Item) != 0) return kBadId;
    return static_cast<uint32_t>((a - b) / sizeof(Item));
  };

  // who: 0 the owner, 1.. the thieves.
  auto take = [&](int who, Item *const *got, std::size_t n) {
    int64_t prev_key = INT64_MIN;
    std::size_t back_j = SIZE_MAX;  // index of the run's first push_back item
    uint64_t back_pos = 0;
    for (std::size_t j = 0; j < n; ++j) {
      Item *it = got[j];
      const uint32_t id = index_of(it);
      const char *bad = nullptr;
      if (id == kBadId || it->id != id || it->payload != payload_of(id))
        bad = "corrupt item";
      else if (it->key <= prev_key)
        bad = "run not in deque order";
      else if (it->key > 0 && back_j != SIZE_MAX && it->pos != back_pos + (j - back_j))
        bad = "run not contiguous";
      else if (taken[id].fetch_add(1, std::memory_order_relaxed) != 0)
        bad = "item taken twice";
      if (bad) {
        if (bad_reports.fetch_add(1) < 10) {
          std::fprintf(stderr, "%s %d: %s: id %d at position %zu of a run of %zu\n",
                       who ? "thief" : "owner", who, bad, static_cast<int>(id), j, n);
          CHECK(!"item corrupt, taken twice or out of order");
        } else {
          failures.fetch_add(1, std::memory_order_relaxed);
        }
        continue;
      }
      prev_key = it->key;
      if (it->key > 0 && back_j == SIZE_MAX) {
        back_j = j;
        back_pos = it->pos;
      }
      it->taker = who;
    }
  };

  std::vector<ThiefLog> logs(kThieves);
  std::vector<std::thread> thieves;
  for (int t = 0; t < kThieves; ++t) {
    thieves.emplace_back([&, t] {
      ThiefLog &log = logs[t];
      log.steals.reserve(1 << 16);
      log.ids.reserve(1 << 18);
      // Different caps: unlimited, a quarter, and a trickle of 3.
      const std::size_t max = t == 0 ? Cap : t == 1 ? Cap / 4 + 1 : 3;
      std::vector<Item *> out(Cap);
      ready.fetch_add(1, std::memory_order_acq_rel);
      for (;;) {
        if (failures.load(std::memory_order_relaxed) > 100) break;  // broken: stop stealing
        const uint64_t lo = finished.load(std::memory_order_acquire);
        const std::size_t n = q.steal_half(out.data(), max);
        if (n == 0) {
          ++log.empty_tries;
          const std::size_t size = q.size_approx();
          if (size > Cap && !log.oversize) {
            log.oversize = true;
            CHECK(size <= Cap);
          }
          // Once something failed, do not wait for a broken deque to drain.
          if (done.load(std::memory_order_acquire) &&
              (size == 0 || failures.load(std::memory_order_relaxed) != 0))
            break;
          std::this_thread::yield();
          continue;
        }
        const uint64_t hi = started.load(std::memory_order_seq_cst);
        CHECK(n <= max);
        log.steals.push_back({lo, hi, static_cast<uint32_t>(max), static_cast<uint32_t>(n),
                              static_cast<uint32_t>(log.ids.size())});
        for (std::size_t j = 0; j < n; ++j) log.ids.push_back(index_of(out[j]));
        take(1 + t, out.data(), n);
        log.items += n;
        if (n > log.max_batch) log.max_batch = n;
        stolen[t].store(log.items, std::memory_order_relaxed);
      }
    });
  }

  // The owner, on this thread.
  std::vector<OwnerOp> ops;
  std::vector<uint32_t> batch_ids;
  ops.reserve(2 * static_cast<std::size_t>(n_min) + 1024);
  batch_ids.reserve(n_min);
  std::vector<Item *> out(Cap);
  uint64_t back = 0;  // mirrors the deque's back_: only the owner moves it
  uint64_t fulls = 0, owner_items = 0, null_pops = 0;
  Rng rng{0x2545f4914f6cdd1dull};

  auto begin_op = [&] { started.store(ops.size() + 1, std::memory_order_seq_cst); };
  auto end_op = [&](const OwnerOp &op) {
    ops.push_back(op);
    finished.store(ops.size(), std::memory_order_release);
  };
  auto pop_front_batch = [&](std::size_t n) {
    begin_op();
    const std::size_t k = q.pop_front_batch(out.data(), n);
    end_op({kPopFront, 1, static_cast<uint16_t>(n), static_cast<uint32_t>(batch_ids.size()),
            static_cast<uint32_t>(k)});
    CHECK(k <= n);
    for (std::size_t j = 0; j < k; ++j) batch_ids.push_back(index_of(out[j]));
    take(0, out.data(), k);
    owner_items += k;
  };
  auto push = [&](Item *it, bool front) {
    for (;;) {
      if (!front) it->pos = back;
      begin_op();
      const bool ok = front ? q.push_front(it) : q.push_back(it);
      end_op({front ? kPushFront : kPushBack, ok, 0, it->id, 0});
      if (ok) {
        if (!front) ++back;
        return;
      }
      // Full: spill the older half, as the scheduler does to its injector.
      ++fulls;
      pop_front_batch(Cap / 2);
    }
  };
  auto pop_back = [&] {
    begin_op();
    Item *it = q.pop_back();
    const uint32_t id = it ? index_of(it) : 0;
    end_op({kPopBack, it != nullptr, 0, id, 0});
    if (!it) {
      ++null_pops;
      return false;
    }
    --back;
    if (id != kBadId && it->key > 0 && it->pos != back) {
      std::fprintf(stderr, "owner: pop_back returned push_back item %u from position %llu, back is %llu\n",
                   it->id, static_cast<unsigned long long>(it->pos), static_cast<unsigned long long>(back));
      CHECK(!"pop_back did not return the newest item");
    }
    take(0, &it, 1);
    ++owner_items;
    return true;
  };

  // Start only once every thief is running, or the owner may be done first.
  while (ready.load(std::memory_order_acquire) != kThieves) std::this_thread::yield();
  auto thieves_lag = [&] {
    uint64_t sum = 0;
    for (auto &s : stolen) sum += s.load(std::memory_order_relaxed);
    return sum < kMinStolen;
  };
  uint32_t n_items = 0;
  while (n_items < n_max) {
    if (n_items % 256 == 0) {
      if (failures.load(std::memory_order_relaxed) > 100) break;  // broken: no need for more
      if (n_items >= n_min) {
        if (!thieves_lag() || std::chrono::steady_clock::now() > deadline) break;
        std::this_thread::yield();
      }
    }
    const uint64_t r = rng.next();
    const uint64_t pct = r % 100;
    if (pct < 64) {
      // 3 in 4 pushes at the back.
      const bool front = pct >= 48;
      Item *it = &items[n_items];
      it->id = n_items;
      it->payload = payload_of(n_items);
      it->key = front ? -static_cast<int64_t>(n_items) - 1 : static_cast<int64_t>(n_items) + 1;
      ++n_items;
      push(it, front);
    } else if (pct < 94) {
      pop_back();
    } else if (pct < 97) {
      pop_front_batch(1 + (r >> 32) % 8);
    } else if (pauses) {
      // The actor runs: a while without the lock, the thieves' chance.
      for (int i = 0; i < 64; ++i) aithon::rt::detail::spin_pause();
    }
  }
  done.store(true, std::memory_order_release);
  // No more pushes: at most Cap items left.
  std::size_t drained = 0;
  while (drained <= Cap && pop_back()) ++drained;
  CHECK(drained <= Cap);
  for (auto &t : thieves) t.join();
  // Quiescent and empty: the count is exact again.
  CHECK(q.size_approx() == 0);
  CHECK(q.pop_back() == nullptr);

  // Exactly once, and the taker's mark is there.
  uint64_t missing = 0, total = owner_items;
  for (uint32_t i = 0; i < n_items; ++i) {
    uint8_t c = taken[i].load(std::memory_order_relaxed);
    if (c != 1 || items[i].taker < 0) {
      if (missing++ < 10) std::fprintf(stderr, "item %u taken %u times\n", i, c);
    }
  }
  CHECK(missing == 0);
  for (auto &log : logs) total += log.items;
  CHECK(total == n_items);

  uint64_t deferred = 0, backtracks = 0;
  const bool replayed = replay<Cap>(ops, batch_ids, logs, &deferred, &backtracks);
  CHECK(replayed);

  ++totals.rounds;
  totals.items += n_items;
  totals.ops += ops.size();
  totals.fulls += fulls;
  totals.null_pops += null_pops;
  totals.owner_items += owner_items;
  totals.deferred += deferred;
  totals.backtracks += backtracks;
  totals.lagging += thieves_lag();
  totals.replay_failed |= !replayed;
  for (int t = 0; t < kThieves; ++t) {
    totals.stolen[t] += logs[t].items;
    totals.steals[t] += logs[t].steals.size();
    totals.max_batch[t] = std::max(totals.max_batch[t], logs[t].max_batch);
  }
}

template <std::size_t Cap>
void test_concurrent(uint32_t n_min, uint32_t n_max, double budget_s) {
  const auto t0 = std::chrono::steady_clock::now();
  const auto deadline = t0 + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                 std::chrono::duration<double>(budget_s));
  Totals tot;
  do {
    // Alternate rounds: the owner never pausing (the deque fills up, the
    // thieves mostly find it locked) and pausing now and then (more steals).
    concurrent_round<Cap>(n_min, n_max, tot.rounds % 2 == 1, deadline, tot);
  } while (std::chrono::steady_clock::now() < deadline && failures.load() == 0);
  uint64_t steals = 0;
  for (uint64_t s : tot.steals) steals += s;
  std::printf("concurrent<Cap=%zu>: %llu rounds, %llu items, %llu owner operations (%llu pushes on a "
              "full deque, %llu empty pop_backs); owner took %llu",
              Cap, static_cast<unsigned long long>(tot.rounds), static_cast<unsigned long long>(tot.items),
              static_cast<unsigned long long>(tot.ops), static_cast<unsigned long long>(tot.fulls),
              static_cast<unsigned long long>(tot.null_pops),
              static_cast<unsigned long long>(tot.owner_items));
  for (int t = 0; t < kThieves; ++t)
    std::printf("; thief %d stole %llu in %llu steals (max %llu)", t + 1,
                static_cast<unsigned long long>(tot.stolen[t]),
                static_cast<unsigned long long>(tot.steals[t]),
                static_cast<unsigned long long>(tot.max_batch[t]));
  std::printf("\nconcurrent<Cap=%zu>: replay %s (%llu steals, %llu deferred past an owner operation, "
              "%llu backtracks); %.2f s\n",
              Cap, tot.replay_failed ? "FAILED" : "consistent", static_cast<unsigned long long>(steals),
              static_cast<unsigned long long>(tot.deferred), static_cast<unsigned long long>(tot.backtracks),
              seconds_since(t0));
  if (tot.lagging)
    std::printf("concurrent<Cap=%zu>: note: in %llu round(s) the thieves stole fewer than %llu items\n",
                Cap, static_cast<unsigned long long>(tot.lagging),
                static_cast<unsigned long long>(kMinStolen));
}

}  // namespace

int main() {
  const auto t0 = std::chrono::steady_clock::now();
  Watchdog watchdog("test_run_deque", 60);
  stage = "edge cases";
  test_edges();
  stage = "steal sizes<8>";
  test_steal_sizes<8>();
  stage = "steal sizes<256>";
  test_steal_sizes<256>();
  stage = "model<8>";
  test_model<8>();
  stage = "model<256>";
  test_model<256>();
  std::printf("single-threaded: %.2f s\n", seconds_since(t0));
  // A tiny ring keeps the deque full and wrapping while thieves copy out of
  // it; the default size is the real one.
  stage = "concurrent<8>";
  test_concurrent<8>(200000, 1000000, 1.0);
  stage = "concurrent<256>";
  test_concurrent<256>(200000, 1000000, 1.0);
  const double secs = seconds_since(t0);
  if (failures.load() != 0) {
    std::fprintf(stderr, "test_run_deque: %d check(s) failed\n", failures.load());
    return 1;
  }
  std::printf("test_run_deque: all checks passed (%.2f s)\n", secs);
  return 0;
}

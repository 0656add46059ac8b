// A small open-addressing hash map from nonzero 64-bit keys to small
// values, for an actor's own bookkeeping (the monitors it holds).  Linear
// probing, deletion by backward shift (no tombstones), grown to keep the load
// under one half.  Owner-only: no locking.  Empty maps allocate nothing.
// Each operation probes once: an actor spawning and awaiting a thousand
// children at a time does several of them per child.
#pragma once

#include <cstdint>
#include <cstdlib>

namespace aithon::rt {

template <typename Value>
class FlatMapOf {
 public:
  // The value for key, or nullptr.  (Valid until the next insertion.)
  Value *find(uint64_t key) {
    if (count_ == 0) return nullptr;
    Slot &s = slots_[probe(key)];
    return s.key == key ? &s.value : nullptr;
  }
  // The value for key, inserted value-initialised if absent; nullptr only
  // if memory ran out.  (Valid until the next insertion.)
  Value *find_or_insert(uint64_t key) {
    if ((count_ + 1) * 2 > capacity_ && !grow()) return nullptr;
    Slot &s = slots_[probe(key)];
    if (s.key != key) {
      s = Slot{key, Value()};
      ++count_;
    }
    return &s.value;
  }
  // Insert or overwrite key -> value; false only if memory ran out.
  bool insert(uint64_t key, Value value) {
    Value *v = find_or_insert(key);
    if (v == nullptr) return false;
    *v = value;
    return true;
  }
  // Remove key; true if it was there (and its value to *out, if given).
  bool erase(uint64_t key, Value *out = nullptr) {
    if (count_ == 0) return false;
    uint32_t i = probe(key);
    if (slots_[i].key != key) return false;
    if (out != nullptr) *out = slots_[i].value;
    erase_at(i);
    return true;
  }
  uint32_t size() const { return count_; }
  void clear() {
    std::free(slots_);
    slots_ = nullptr;
    capacity_ = count_ = 0;
  }

 private:
  struct Slot {
    uint64_t key;  // 0: empty
    Value value;
  };
  uint32_t home(uint64_t key) const {
    // Fibonacci hashing spreads sequential keys (refs, pids) evenly.
    return static_cast<uint32_t>((key * 0x9e3779b97f4a7c15ull) >> 32) & (capacity_ - 1);
  }
  // The slot holding key, or the empty slot where it would go.  (The load
  // stays under one half, so there is always an empty slot.)
  uint32_t probe(uint64_t key) const {
    uint32_t i = home(key);
    while (slots_[i].key != key && slots_[i].key != 0) i = (i + 1) & (capacity_ - 1);
    return i;
  }
  void erase_at(uint32_t i) {
    uint32_t mask = capacity_ - 1;
    // Shift later members of the probe run back into the hole.
    for (uint32_t j = (i + 1) & mask; slots_[j].key != 0; j = (j + 1) & mask) {
      uint32_t h = home(slots_[j].key);
      // Move j to i if its home is not in the cyclic range (i, j].
      if (((j - h) & mask) >= ((j - i) & mask)) {
        slots_[i] = slots_[j];
        i = j;
      }
    }
    slots_[i].key = 0;
    --count_;
  }
  bool grow() {
    uint32_t old_capacity = capacity_;
    Slot *old = slots_;
    uint32_t capacity = old_capacity == 0 ? 8 : old_capacity * 2;
    auto *fresh = static_cast<Slot *>(std::calloc(capacity, sizeof(Slot)));
    if (fresh == nullptr) return false;
    slots_ = fresh;
    capacity_ = capacity;
    for (uint32_t i = 0; i < old_capacity; ++i) {
      if (old[i].key != 0) slots_[probe(old[i].key)] = old[i];
    }
    std::free(old);
    return true;
  }

  Slot *slots_ = nullptr;
  uint32_t capacity_ = 0;
  uint32_t count_ = 0;
};

using FlatMap = FlatMapOf<uint64_t>;

}  // namespace aithon::rt

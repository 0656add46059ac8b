// A small open-addressing hash map from nonzero 64-bit keys to 64-bit
// values, for an actor's own bookkeeping (the monitors it holds).  Linear
// probing, deletion by backward shift (no tombstones), grown to keep the load
// under one half.  Owner-only: no locking.  Empty maps allocate nothing.
#pragma once

#include <cstdint>
#include <cstdlib>

namespace aithon::rt {

class FlatMap {
 public:
  // False only if memory ran out.
  bool insert(uint64_t key, uint64_t value) {
    if ((count_ + 1) * 2 > capacity_ && !grow()) return false;
    place(key, value);
    ++count_;
    return true;
  }
  // The value for key, or 0 if absent.
  uint64_t find(uint64_t key) const {
    int64_t i = find_index(key);
    return i < 0 ? 0 : slots_[i].value;
  }
  // Insert key -> value unless key is present; true if inserted.
  bool insert_new(uint64_t key, uint64_t value) {
    if (find_index(key) >= 0) return false;
    return insert(key, value);
  }
  // Add delta to key's value (inserting key at 0 if absent); a result of 0
  // removes the key.  Returns the new value.
  uint64_t add(uint64_t key, int64_t delta) {
    int64_t i = find_index(key);
    if (i < 0) {
      if (delta != 0) insert(key, static_cast<uint64_t>(delta));
      return static_cast<uint64_t>(delta);
    }
    uint64_t now = slots_[i].value + static_cast<uint64_t>(delta);
    slots_[i].value = now;
    if (now == 0) erase_at(static_cast<uint32_t>(i));
    return now;
  }
  // Remove key if it maps to value; true if it did.
  bool erase_if(uint64_t key, uint64_t value) {
    int64_t i = find_index(key);
    if (i < 0 || slots_[i].value != value) return false;
    erase_at(static_cast<uint32_t>(i));
    return true;
  }
  // Remove key; returns its value, or 0 if absent.
  uint64_t erase(uint64_t key) {
    int64_t i = find_index(key);
    if (i < 0) return 0;
    uint64_t value = slots_[i].value;
    erase_at(static_cast<uint32_t>(i));
    return value;
  }
  uint32_t size() const { return count_; }
  void clear() {
    std::free(slots_);
    slots_ = nullptr;
    capacity_ = count_ = 0;
  }

 private:
  struct Slot {
    uint64_t key;
    uint64_t value;
  };
  uint32_t home(uint64_t key) const {
    // Fibonacci hashing spreads sequential keys (refs, pids) evenly.
    return static_cast<uint32_t>((key * 0x9e3779b97f4a7c15ull) >> 32) & (capacity_ - 1);
  }
  // The slot holding key, or -1.
  int64_t find_index(uint64_t key) const {
    if (count_ == 0) return -1;
    for (uint32_t i = home(key);; i = (i + 1) & (capacity_ - 1)) {
      if (slots_[i].key == key) return i;
      if (slots_[i].key == 0) return -1;
    }
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
  void place(uint64_t key, uint64_t value) {
    uint32_t i = home(key);
    while (slots_[i].key != 0) i = (i + 1) & (capacity_ - 1);
    slots_[i] = Slot{key, value};
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
      if (old[i].key != 0) place(old[i].key, old[i].value);
    }
    std::free(old);
    return true;
  }

  Slot *slots_ = nullptr;
  uint32_t capacity_ = 0;
  uint32_t count_ = 0;
};

}  // namespace aithon::rt

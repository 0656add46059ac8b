// Actor heaps (heap.h).
#include "heap.h"

#include <cstdint>
#include <cstdlib>

namespace aithon::rt {

namespace {
constexpr std::size_t kAlign = 16;
constexpr std::size_t kHeader = 16;  // sizeof(Chunk) rounded to kAlign
constexpr std::size_t kFirstChunk = 1024;
constexpr std::size_t kLargestChunk = 64 * 1024;

std::size_t round_up(std::size_t n) { return (n + kAlign - 1) & ~(kAlign - 1); }
}  // namespace

void Heap::reset(std::size_t limit) {
  bump_ = end_ = nullptr;
  chunks_ = nullptr;
  reserved_ = 0;
  limit_ = limit;
}

void *Heap::allocate(std::size_t size) {
  size = round_up(size == 0 ? 1 : size);
  if (static_cast<std::size_t>(end_ - bump_) >= size) {
    void *p = bump_;
    bump_ += size;
    return p;
  }
  // A new chunk: double the last one up to kLargestChunk, or exactly what a
  // large request needs.  The tail of the current chunk is abandoned.
  std::size_t grow = chunks_ == nullptr ? kFirstChunk : chunks_->size * 2;
  if (grow > kLargestChunk) grow = kLargestChunk;
  if (grow < size) grow = size;
  if (reserved_ + grow > limit_) {
    if (reserved_ + size > limit_) return nullptr;
    grow = size;  // the budget still has room for this request alone
  }
  auto *chunk = static_cast<Chunk *>(std::malloc(kHeader + grow));
  if (chunk == nullptr) return nullptr;
  chunk->next = chunks_;
  chunk->size = grow;
  chunks_ = chunk;
  reserved_ += grow;
  char *data = reinterpret_cast<char *>(chunk) + kHeader;
  bump_ = data + size;
  end_ = data + grow;
  return data;
}

void Heap::release_all() {
  for (Chunk *c = chunks_; c != nullptr;) {
    Chunk *next = c->next;
    std::free(c);
    c = next;
  }
  reset(limit_);
}

}  // namespace aithon::rt

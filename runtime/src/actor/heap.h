// An actor's private heap: a region that only grows, freed all at once when
// the actor ends.  Memory comes in chunks from malloc; the "reservation"
// (1 MiB by default) is a budget, not address space: past it, allocation
// fails and the actor ends with AITHON_EXIT_HEAP_EXHAUSTED.  A budget instead
// of one mapping per actor keeps spawning free of system calls and keeps the
// number of kernel memory mappings independent of the number of actors.
#pragma once

#include <cstddef>

namespace aithon::rt {

class Heap {
 public:
  // Forget everything (the heap of a fresh actor).
  void reset(std::size_t limit);
  // 16-byte aligned; nullptr past the budget or when malloc fails.
  void *allocate(std::size_t size);
  // Give every chunk back to malloc.
  void release_all();
  std::size_t used() const { return reserved_; }

 private:
  struct Chunk {
    Chunk *next;
    std::size_t size;  // bytes after the header
  };
  char *bump_ = nullptr;
  char *end_ = nullptr;
  Chunk *chunks_ = nullptr;
  std::size_t reserved_ = 0;  // bytes of chunks taken, counted against limit_
  std::size_t limit_ = 0;
};

}  // namespace aithon::rt

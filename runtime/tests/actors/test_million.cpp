// A million actors spawned, run and finished, with their memory returned:
// stack slots are recycled (few are ever mapped), and the resident memory
// after they are gone is close to what it was before.
#include <atomic>
#include <cstdio>
#include <unistd.h>

#include "actor/context.h"  // AITHON_TSAN, AITHON_ASAN
#include "actor_test.h"

namespace {

constexpr int64_t kActors = 1000000;
std::atomic<int64_t> sum{0};

long resident_bytes() {
  long pages = 0, resident = 0;
  FILE *f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return -1;
  if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = -1;
  std::fclose(f);
  return resident * sysconf(_SC_PAGESIZE);
}

void adds(void *arg, size_t) {
  int64_t i;
  std::memcpy(&i, arg, sizeof i);
  sum.fetch_add(i, std::memory_order_relaxed);
}

void million_main(void *, size_t) {
  long before = resident_bytes();
  for (int64_t i = 0; i < kActors; ++i) {
    if (aithon_spawn(adds, &i, sizeof i) == AITHON_NO_PID) {
      aithon_runtime_stats st;
      aithon_runtime_get_stats(&st);
      std::fprintf(stderr, "spawn %lld failed: live %llu mapped %llu\n", (long long)i, (unsigned long long)st.live, (unsigned long long)st.slots_mapped);
      CHECK(false);
      return;
    }
  }
  aithon_runtime_stats stats;
  for (;;) {
    aithon_runtime_get_stats(&stats);
    if (stats.live == 1) break;  // only this actor
    aithon_receive(1000 * 1000);
  }
  long after = resident_bytes();
  CHECK(sum.load() == kActors * (kActors - 1) / 2);
  CHECK(stats.spawned == kActors + 1);
  // Spawns are charged reductions, so the spawner yields to its children
  // and only a few thousand are alive at any time.
  CHECK(stats.slots_mapped < 4000);  // about 1,100 seen with two workers
  // What stays resident is the recycled slots' touched pages, not a
  // million actors' worth.  (Sanitizers' shadow memory makes this
  // measurement meaningless under them.)
#if !defined(AITHON_TSAN) && !defined(AITHON_ASAN)
  CHECK(after - before < 64l * 1024 * 1024);
#endif
  std::printf("spawned %llu, slots mapped %llu, resident growth %ld KiB\n",
              static_cast<unsigned long long>(stats.spawned), static_cast<unsigned long long>(stats.slots_mapped),
              (after - before) / 1024);
}

}  // namespace

int main() {
  for (uint32_t workers : {1u, 2u}) {
    sum.store(0);
    CHECK(run_main(million_main, workers) == 0);
  }
  if (check_failures == 0) std::puts("test_million: ok");
  return check_failures == 0 ? 0 : 1;
}

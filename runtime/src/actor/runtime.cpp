// Starting and stopping the runtime: aithon_runtime_run.
#include <atomic>
#include <cstdlib>
#include <pthread.h>
#include <thread>

#include "../internal.h"
#include "lifecycle.h"

using namespace aithon::rt;

namespace aithon::rt {
void worker_loop(Worker &w);
}

namespace {

uint64_t env_number(const char *name, uint64_t fallback) {
  const char *text = std::getenv(name);
  if (text == nullptr || *text == '\0') return fallback;
  // Digits only: strtoull would also take spaces, signs and overflow.
  uint64_t v = 0;
  bool ok = true;
  for (const char *p = text; *p != '\0' && ok; ++p) {
    ok = *p >= '0' && *p <= '9' && v <= (UINT64_MAX - 9) / 10;
    v = v * 10 + static_cast<uint64_t>(*p - '0');
  }
  if (!ok || v == 0) {
    char message[160];
    std::snprintf(message, sizeof message, "%s must be a positive integer, not '%s'", name, text);
    fatal(message);
  }
  return v;
}

// The calling thread's stack, for AddressSanitizer's view of switches.
void adopt_current_thread(Worker &w) {
  pthread_attr_t attr;
  void *bottom = nullptr;
  std::size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &bottom, &size);
    pthread_attr_destroy(&attr);
  }
  adopt_thread_context(w.context, bottom, size);
}

void run_worker_thread(Worker *w) {
  install_thread_fault_stack();
  adopt_current_thread(*w);
  worker_loop(*w);
  remove_thread_fault_stack();
}

// After the main actor ended and every worker stopped: tear down the actors
// that were still alive and give all memory back.
void tear_down(uint32_t worker_count) {
  uint32_t slots = slot_arena.activated();
  for (uint32_t i = 0; i < slots; ++i) {
    Actor *a = actor_at_slot(i);
    uint64_t life = a->life.load(std::memory_order_acquire);
    if ((life & 0xffffffffu) == 0) continue;
    a->life.store(life & ~uint64_t{0xffffffffu}, std::memory_order_release);
    if (state_of(a->state.load(std::memory_order_relaxed)) != ActorState::Done) bump(scheduler.ended);
    destroy_actor(a);
  }
  for (uint32_t i = 0; i < worker_count; ++i) {
    Worker &w = scheduler.workers[i];
    w.messages.release_all();
    w.slots.clear();
    w.timers.clear();
  }
  reset_slots();
  scheduler.injector.clear();
  scheduler.injector_size.store(0);
}

}  // namespace

extern "C" {

int aithon_runtime_run(aithon_behaviour main_behaviour, const void *arg, size_t size,
                       const aithon_runtime_options *options) {
  // One run at a time, and never from inside an actor.
  static std::atomic<bool> running{false};
  if (current_actor() != nullptr) fatal("aithon_runtime_run called inside an actor");
  if (running.exchange(true)) fatal("aithon_runtime_run called while the runtime is running");
  if (!slot_arena.reserve()) fatal("cannot reserve address space for actor stacks");
  install_thread_fault_stack();
  install_fault_handler();

  unsigned cores = std::thread::hardware_concurrency();
  uint64_t workers = options != nullptr && options->workers != 0 ? options->workers
                                                                  : env_number("AITHON_WORKERS", cores != 0 ? cores : 1);
  if (workers > kMaxWorkers) fatal("at most 1024 workers (AITHON_WORKERS)");
  uint64_t slice = options != nullptr && options->reductions != 0 ? options->reductions
                                                                   : env_number("AITHON_REDUCTIONS", 2000);
  if (slice > (uint64_t{1} << 40)) fatal("at most 2**40 reductions per slice (AITHON_REDUCTIONS)");
  scheduler.slice = static_cast<int64_t>(slice);
  scheduler.heap_size = options != nullptr && options->heap_size != 0
                            ? options->heap_size
                            : static_cast<std::size_t>(env_number("AITHON_HEAP_SIZE", std::size_t{1} << 20));
  scheduler.worker_count = static_cast<uint32_t>(workers);
  scheduler.workers = new Worker[workers];
  scheduler.stopping.store(false);
  scheduler.exit_status = 0;
  scheduler.spawned.store(0);
  scheduler.ended.store(0);
  scheduler.steals.store(0);
  for (uint32_t i = 0; i < workers; ++i) {
    scheduler.workers[i].index = i;
    scheduler.workers[i].random = 0x9e3779b97f4a7c15ull * (i + 1);
  }

  Worker &first = scheduler.workers[0];
  adopt_current_thread(first);
  aithon_pid main_pid = spawn_actor(&first, nullptr, main_behaviour, arg, size, 0, 0);
  if (main_pid == AITHON_NO_PID) fatal("cannot spawn the main actor");
  actor_at_slot(static_cast<uint32_t>(main_pid))->is_main = true;

  for (uint32_t i = 1; i < workers; ++i) {
    Worker *w = &scheduler.workers[i];
    w->thread = std::thread(run_worker_thread, w);
  }
  worker_loop(first);
  for (uint32_t i = 1; i < workers; ++i) scheduler.workers[i].thread.join();

  int status = scheduler.exit_status;
  // Keep the run's totals readable after the workers are gone.
  for (uint32_t i = 0; i < workers; ++i) {
    Worker &w = scheduler.workers[i];
    scheduler.spawned.fetch_add(w.spawned.load());
    scheduler.ended.fetch_add(w.ended.load());
    scheduler.steals.fetch_add(w.steals.load());
  }
  uint32_t count = scheduler.worker_count;
  scheduler.worker_count = 0;  // aithon_runtime_get_stats reads the totals now
  tear_down(count);
  delete[] scheduler.workers;
  scheduler.workers = nullptr;
  flush_stdout();
  running.store(false);
  return status;
}

void aithon_runtime_get_stats(aithon_runtime_stats *out) {
  uint64_t spawned = scheduler.spawned.load(std::memory_order_relaxed);
  uint64_t ended = scheduler.ended.load(std::memory_order_relaxed);
  uint64_t steals = scheduler.steals.load(std::memory_order_relaxed);
  // Only meaningful from inside a run (an actor) or after it: the workers
  // array lives as long as the run.
  for (uint32_t i = 0; i < scheduler.worker_count; ++i) {
    Worker &w = scheduler.workers[i];
    spawned += w.spawned.load(std::memory_order_relaxed);
    ended += w.ended.load(std::memory_order_relaxed);
    steals += w.steals.load(std::memory_order_relaxed);
  }
  out->spawned = spawned;
  out->live = spawned - ended;
  out->steals = steals;
  uint64_t timers = 0;
  for (uint32_t i = 0; i < scheduler.worker_count; ++i) {
    timers += scheduler.workers[i].timers.size_approx();
  }
  out->timers = timers;
  out->slots_mapped = slot_arena.activated();
}

}  // extern "C"

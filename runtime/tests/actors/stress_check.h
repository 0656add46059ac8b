// Shared by the concurrent-structure stress tests (test_mpsc_queue,
// test_run_deque): a CHECK that counts failures from any thread, and a
// watchdog that turns a hang into a named failure.
//
// Not tests/check.h: its failure counter is a plain int (these checks run on
// several threads) and it pulls in aithon/runtime.h, which these header-only
// tests do not need.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace stress {

inline std::atomic<int> failures{0};

// What the test is doing, for the watchdog's message.
inline std::atomic<const char *> stage{"start"};

// A bug in a concurrent structure often shows up as a livelock or a consumer
// waiting forever for a lost item rather than as a wrong answer: fail loudly
// and name the stage instead of running into CTest's timeout.
class Watchdog {
 public:
  Watchdog(const char *test, int seconds)
      : thread_([this, test, seconds] {
          std::unique_lock<std::mutex> lock(mutex_);
          if (!cv_.wait_for(lock, std::chrono::seconds(seconds), [this] { return stop_; })) {
            std::fprintf(stderr, "%s: stuck in %s for over %d s (livelock or lost item)\n", test, stage.load(),
                         seconds);
            std::_Exit(2);
          }
        }) {}
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace stress

#define CHECK(cond)                                                                  \
  do {                                                                               \
    if (!(cond)) {                                                                   \
      std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      stress::failures.fetch_add(1, std::memory_order_relaxed);                      \
    }                                                                                \
  } while (0)

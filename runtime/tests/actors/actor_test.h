// Helpers for the actor runtime's tests: typed send/receive of plain values.
#pragma once

#include <cstring>

#include "check.h"

template <typename T>
bool send_value(aithon_pid to, const T &value) {
  return aithon_send(to, &value, sizeof value);
}

// The next USER message's payload as a T (CHECKs kind and size).
template <typename T>
T receive_value(int64_t timeout_ns = -1) {
  T value{};
  aithon_message *m = aithon_receive(timeout_ns);
  CHECK(m != nullptr);
  if (m == nullptr) return value;
  CHECK(m->kind == AITHON_MSG_USER);
  CHECK(m->size == sizeof value);
  if (m->size == sizeof value) std::memcpy(&value, m->data, sizeof value);
  return value;
}

// Runs `body` as the main actor with the given number of workers.
inline int run_main(aithon_behaviour body, uint32_t workers, const void *arg = nullptr, size_t size = 0) {
  aithon_runtime_options options = {};
  options.workers = workers;
  return aithon_runtime_run(body, arg, size, &options);
}

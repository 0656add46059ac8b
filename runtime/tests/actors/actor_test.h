// Helpers for the actor runtime's tests: typed send/receive of plain values.
#pragma once

#include <cstring>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

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

// Runs `body` in a child process; returns its exit status and what it wrote
// on stderr.  (One worker at most in the child: ThreadSanitizer does not
// support threads started after fork.)
inline int run_in_child(void (*body)(), std::string *err) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  pid_t child = fork();
  if (child == 0) {
    dup2(fds[1], 2);
    close(fds[0]);
    body();
    _exit(0);
  }
  close(fds[1]);
  char buf[256];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) err->append(buf, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

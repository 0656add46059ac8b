// Fatal signals: runs fatal_child (a program linked with the runtime's main)
// as a child process for each case and checks its stdout, its stderr and how
// it ended.  A stack overflow must end like CPython's RecursionError (stdout
// flushed, one stderr line, exit status 1); any other SIGSEGV or SIGBUS must
// still kill the process with that signal.
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

namespace {

const char *child_path = nullptr;
const std::string kRecursionError = "RecursionError: maximum recursion depth exceeded\n";

struct Result {
  std::string out, err;
  int status = 0;
};

std::string read_all(int fd) {
  std::string out;
  char buf[65536];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  return out;
}

// Runs the child with AITHON_TEST_CASE=which and, if stack_limit is nonzero,
// that RLIMIT_STACK (soft limit).
Result run(const char *which, rlim_t stack_limit) {
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    perror("pipe");
    std::exit(2);
  }
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    std::exit(2);
  }
  if (pid == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(out_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[0]);
    close(err_pipe[1]);
    if (stack_limit != 0) {
      struct rlimit rl;
      getrlimit(RLIMIT_STACK, &rl);
      rl.rlim_cur = stack_limit;
      if (setrlimit(RLIMIT_STACK, &rl) != 0) _exit(77);
    }
    // No core files from the deliberate crashes.
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    setenv("AITHON_TEST_CASE", which, 1);
    execl(child_path, child_path, static_cast<char *>(nullptr));
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  Result r;
  // stderr gets at most one short line, after stdout is done, so reading
  // one pipe to the end and then the other cannot deadlock.
  r.out = read_all(out_pipe[0]);
  r.err = read_all(err_pipe[0]);
  close(out_pipe[0]);
  close(err_pipe[0]);
  waitpid(pid, &r.status, 0);
  return r;
}

std::string describe(int status) {
  if (WIFEXITED(status)) return "exit " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return std::string("signal ") + strsignal(WTERMSIG(status));
  return "status " + std::to_string(status);
}

std::string label(const char *which, rlim_t stack_limit) {
  std::string s = which;
  if (stack_limit != 0) s += " (stack " + std::to_string(stack_limit / 1024) + " KiB)";
  return s;
}

bool skipped(const char *which, rlim_t stack_limit, const Result &r) {
  if (WIFEXITED(r.status) && WEXITSTATUS(r.status) == 77) {
    std::printf("skipped %s: cannot set RLIMIT_STACK\n", label(which, stack_limit).c_str());
    return true;
  }
  return false;
}

// A stack overflow: stdout holds expected_out (checked by the caller when
// null), stderr exactly the RecursionError line, and the exit status is 1.
Result expect_recursion_error(const char *which, rlim_t stack_limit, const char *expected_out) {
  Result r = run(which, stack_limit);
  if (skipped(which, stack_limit, r)) return r;
  bool exited_1 = WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1;
  if (!exited_1) std::fprintf(stderr, "case %s: %s\n", label(which, stack_limit).c_str(), describe(r.status).c_str());
  CHECK(exited_1);
  CHECK_STR(r.err, kRecursionError);
  if (expected_out != nullptr) CHECK_STR(r.out, expected_out);
  return r;
}

// A genuine crash: killed by sig, with nothing on stderr (the runtime must
// not print a message for it).
void expect_signal(const char *which, int sig) {
  Result r = run(which, 0);
  bool killed = WIFSIGNALED(r.status) && WTERMSIG(r.status) == sig;
  if (!killed) std::fprintf(stderr, "case %s: %s, expected signal %s\n", which, describe(r.status).c_str(), strsignal(sig));
  CHECK(killed);
  CHECK_STR(r.err, "");
}

// "0\n1\n...": what overflow_printing prints before it runs out of stack.
bool is_counting_prefix(const std::string &s, long *lines) {
  std::string expected;
  long n = 0;
  while (expected.size() < s.size()) expected += std::to_string(n++) + "\n";
  *lines = n;
  return expected.compare(0, s.size(), s) == 0;
}

}  // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: test_signals path/to/fatal_child\n");
    return 2;
  }
  child_path = argv[1];

  // Stack overflow, with the inherited stack limit (normally 8 MiB), a small
  // one and a large one.
  for (rlim_t limit : {rlim_t{0}, rlim_t{1} << 20, rlim_t{64} << 20}) {
    expect_recursion_error("overflow", limit, "start\n");
  }

  // The buffer was flushed part-way (more than 64 KiB printed): every byte
  // comes out once, in order.
  std::string big = "start\n";
  for (int i = 0; i < 10000; ++i) big += "0123456789\n";
  expect_recursion_error("overflow_after_flush", 0, big.c_str());

  // Printing at every level, so the overflow can strike inside the runtime's
  // print and flush code: the output is still an unbroken count.
  for (rlim_t limit : {rlim_t{0}, rlim_t{1} << 20}) {
    Result r = expect_recursion_error("overflow_printing", limit, nullptr);
    if (skipped("overflow_printing", limit, r)) continue;
    bool starts = r.out.compare(0, 6, "start\n") == 0;
    CHECK(starts);
    long lines = 0;
    bool counting = starts && is_counting_prefix(r.out.substr(6), &lines);
    CHECK(counting);
    CHECK(lines > 1000);
  }

  // GMP and malloc at every level: the overflow can strike inside them.
  expect_recursion_error("overflow_bigints", 0, "start\n");

  // 100000 levels fit in 8 MiB.
  {
    Result r = run("deep_ok", rlim_t{8} << 20);
    if (!skipped("deep_ok", rlim_t{8} << 20, r)) {
      bool ok = WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0;
      if (!ok) std::fprintf(stderr, "case deep_ok: %s\n", describe(r.status).c_str());
      CHECK(ok);
      CHECK_STR(r.out, "start\n100001\nsurvived\n");
      CHECK_STR(r.err, "");
    }
  }

  // Genuine crashes still crash.
  expect_signal("null_write", SIGSEGV);
  expect_signal("kill_segv", SIGSEGV);
  expect_signal("sigbus", SIGBUS);
#if defined(__x86_64__) || defined(__aarch64__)
  // Just below the stack limit, but far from the stack pointer.  (Only where
  // the handler can read the stack pointer; elsewhere an address that close
  // to the stack is taken for an overflow.)
  expect_signal("below_stack", SIGSEGV);
#endif

  return check_report("test_signals");
}

// main_stack_bounds (signals.cpp) against the kernel's and glibc's view, under
// several RLIMIT_STACK values: the test runs itself as a child for each, since
// the limit at exec time shapes the process's address space.
//   - top must be the end of the [stack] mapping in /proc/self/maps (or,
//     where the runtime falls back to glibc, glibc's top);
//   - lowest must be the lowest address glibc's pthread_getattr_np reports,
//     which is the end of the mapping minus the limit.
#include <cinttypes>
#include <cstdlib>
#include <cstring>
#include <pthread.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "internal.h"

namespace {

int child() {
  std::uintptr_t lowest = 0, top = 0;
  bool found = aithon::rt::main_stack_bounds(&lowest, &top);
  CHECK(found);

  pthread_attr_t attr;
  void *addr = nullptr;
  std::size_t size = 0;
  CHECK(pthread_getattr_np(pthread_self(), &attr) == 0);
  CHECK(pthread_attr_getstack(&attr, &addr, &size) == 0);
  pthread_attr_destroy(&attr);
  auto glibc_lowest = reinterpret_cast<std::uintptr_t>(addr);
  std::uintptr_t glibc_top = glibc_lowest + size;

  std::uintptr_t maps_end = 0;
  FILE *maps = std::fopen("/proc/self/maps", "r");
  char line[512];
  while (maps != nullptr && std::fgets(line, sizeof line, maps) != nullptr) {
    if (std::strstr(line, "[stack]") != nullptr) {
      std::sscanf(line, "%*" SCNxPTR "-%" SCNxPTR, &maps_end);
    }
  }
  if (maps != nullptr) std::fclose(maps);
  CHECK(maps_end != 0);

  if (lowest != glibc_lowest || (top != maps_end && top != glibc_top)) {
    std::fprintf(stderr,
                 "runtime [%#" PRIxPTR ", %#" PRIxPTR ")  glibc [%#" PRIxPTR ", %#" PRIxPTR ")  [stack] ends at %#" PRIxPTR "\n",
                 lowest, top, glibc_lowest, glibc_top, maps_end);
  }
  CHECK(lowest == glibc_lowest);
  CHECK(top == maps_end || top == glibc_top);
  return check_failures == 0 ? 0 : 1;
}

// Runs this program as a child with the given RLIMIT_STACK (0: inherited,
// RLIM_INFINITY: unlimited) and an environment variable of env_bytes bytes
// (which moves the stack's contents down from its top).
void run_child(const char *self, rlim_t stack_limit, std::size_t env_bytes) {
  pid_t pid = fork();
  if (pid == 0) {
    if (stack_limit != 0) {
      struct rlimit rl;
      getrlimit(RLIMIT_STACK, &rl);
      rl.rlim_cur = stack_limit;
      if (setrlimit(RLIMIT_STACK, &rl) != 0) _exit(77);
    }
    std::string padding(env_bytes, 'x');
    setenv("AITHON_TEST_PADDING", padding.c_str(), 1);
    execl(self, self, "child", static_cast<char *>(nullptr));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 77) {
    std::printf("skipped: cannot set RLIMIT_STACK to %ju\n", static_cast<std::uintmax_t>(stack_limit));
    return;
  }
  bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (!ok) {
    std::fprintf(stderr, "child with RLIMIT_STACK %ju, %zu bytes of environment: status %d\n",
                 static_cast<std::uintmax_t>(stack_limit), env_bytes, status);
  }
  CHECK(ok);
}

}  // namespace

int main(int argc, char **argv) {
  if (argc == 2 && std::strcmp(argv[1], "child") == 0) return child();
  const rlim_t limits[] = {
      0,                           // inherited
      rlim_t{1} << 20,             // 1 MiB
      (rlim_t{1} << 20) + 1000,    // not a whole number of pages
      rlim_t{8} << 20,             // the usual 8 MiB
      rlim_t{256} << 20,           //
      rlim_t{2} << 30,             // past the computed range: glibc's answer
      RLIM_INFINITY,               // ulimit -s unlimited: glibc's answer
  };
  for (rlim_t limit : limits) {
    for (std::size_t env_bytes : {std::size_t{0}, std::size_t{5000}, std::size_t{100000}}) {
      run_child(argv[0], limit, env_bytes);
    }
  }
  return check_report("test_stack_bounds");
}

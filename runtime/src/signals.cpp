// Fatal signals: a stack overflow of the main thread ends the program as
// CPython's uncaught RecursionError does, instead of with SIGSEGV.
//
// A compiled function call costs a few dozen bytes of machine stack and there
// is no depth counter, so runaway recursion runs until the stack can grow no
// further.  The kernel then sends SIGSEGV for the access just below the limit.
// The handler below runs on an alternate signal stack (the normal one is
// full) and decides from the faulting address, and the stack pointer, whether
// this was the main stack overflowing:
//   - yes: flush stdout, "RecursionError: maximum recursion depth exceeded"
//     on stderr, _exit(1);
//   - no (a genuine crash, or a SIGSEGV/SIGBUS sent with kill): restore the
//     default action and let the signal kill the process as before, so real
//     bugs still show as a crash and dump core.
// Everything the handler calls is async-signal-safe: write(2), sigaction,
// raise, _exit, strlen.  No malloc, no stdio, no locks.
#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <pthread.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <ucontext.h>
#include <unistd.h>

#include "aithon/runtime.h"
#include "internal.h"

using namespace aithon::rt;

namespace {

// The main thread's stack: [stack_lowest, stack_top), from main_stack_bounds.
// Set once, before the program runs, and only read by the handler.  Zero
// means "unknown": then no handler is installed.
std::uintptr_t stack_lowest = 0;
std::uintptr_t stack_top = 0;

// How far below stack_lowest an overflowing access may land.  The access that
// overflows is the first touch of the newest frame: a call's return address
// just below the limit, or a spill somewhere inside a large frame (clang does
// not probe frames by default; GMP's alloca'd temporaries stay under 64 KiB).
// 1 MiB is also the kernel's default stack_guard_gap: Linux keeps at least
// that much unmapped below the lowest address the stack may reach.  Only
// SEGV_MAPERR faults (nothing mapped at the address) count in this band: a
// protection fault below the stack is in someone else's memory.
constexpr std::uintptr_t kBelowLimitSlack = std::uintptr_t{1} << 20;

// How far from the stack pointer the overflowing access can be: below it, a
// push or call (8 bytes) or a leaf function's red zone (128 bytes on x86-64),
// rounded up generously; above it, anywhere in the newest frame.
constexpr std::uintptr_t kBelowStackPointer = 64 * 1024;
constexpr std::uintptr_t kAboveStackPointer = kBelowLimitSlack;

// The alternate signal stack.  The handler itself needs well under 1 KiB (a
// few system calls, no recursion); the rest is for the kernel's signal frame,
// which with large vector state (AVX-512, AMX) is over 10 KiB.  A static
// array costs no system call and no memory until a signal arrives; if the
// kernel asks for more (sysconf(_SC_SIGSTKSZ)), a larger one is mapped.
alignas(64) char alt_stack_buffer[64 * 1024];

// Past this RLIMIT_STACK, main_stack_bounds asks glibc (see there).
constexpr std::uintptr_t kLargestComputedLimit = std::uintptr_t{1} << 30;

}  // namespace

namespace aithon::rt {

// The stack pointer at the fault, where the architecture is known; 0 if not.
std::uintptr_t fault_stack_pointer(const void *context) {
  const auto *uc = static_cast<const ucontext_t *>(context);
#if defined(__x86_64__)
  return static_cast<std::uintptr_t>(uc->uc_mcontext.gregs[REG_RSP]);
#elif defined(__aarch64__)
  return static_cast<std::uintptr_t>(uc->uc_mcontext.sp);
#else
  (void)uc;
  return 0;
#endif
}

}  // namespace aithon::rt

namespace {

bool is_stack_overflow(int sig, const siginfo_t *info, const void *context) {
  // si_code <= 0: sent by kill/raise/sigqueue, and si_addr is meaningless.
  if (info->si_code <= 0 || stack_top == 0) return false;
  auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
  std::uintptr_t band = stack_lowest < kBelowLimitSlack ? stack_lowest : kBelowLimitSlack;
  bool in_region = addr >= stack_lowest && addr < stack_top;
  bool just_below = sig == SIGSEGV && info->si_code == SEGV_MAPERR && addr < stack_lowest && addr >= stack_lowest - band;
  if (!in_region && !just_below) return false;
  // Where the stack pointer is known, the fault must also be right next to
  // it: an access by the code whose stack ran out.  This rejects a wild
  // pointer that merely lands near the stack, and matters most with an
  // unlimited RLIMIT_STACK, where the region spans terabytes.
  std::uintptr_t sp = fault_stack_pointer(context);
  if (sp == 0) return true;
  return addr + kBelowStackPointer >= sp && addr < sp + kAboveStackPointer;
}

void on_fatal_signal(int sig, siginfo_t *info, void *context) {
  // An actor that ran into its guard page ends alone (never returns).
  handle_actor_fault(sig, info, context);
  if (is_stack_overflow(sig, info, context)) raise_in_signal_handler(AITHON_ERR_RECURSION_DEPTH);

  // A genuine crash: die of this signal as if no handler were installed.
  int saved_errno = errno;
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, nullptr);
  // A fault raised by an instruction happens again when the handler returns,
  // now with the default action (core dump, the right si_addr).  A signal
  // sent with kill would not come back: send it again.  With the default
  // action now in place (and SA_NODEFER: not blocked in the handler), it
  // kills the process at once.
  if (info->si_code <= 0) raise(sig);
  errno = saved_errno;
}

bool handler_installed = false;

void install_handler() {
  if (handler_installed) return;
  handler_installed = true;
  struct sigaction sa = {};
  sa.sa_sigaction = on_fatal_signal;
  // SA_NODEFER: an actor's overflow leaves the handler by switching to its
  // worker, never returning, so the signal must not stay blocked.
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

// Worker threads' alternate stacks (one per thread, freed at thread exit).
thread_local void *thread_alt_stack = nullptr;
thread_local std::size_t thread_alt_stack_size = 0;

bool install_alt_stack() {
  stack_t ss = {};
  ss.ss_sp = alt_stack_buffer;
  ss.ss_size = sizeof alt_stack_buffer;
  long want = sysconf(_SC_SIGSTKSZ);
  if (want > 0 && static_cast<std::size_t>(want) > ss.ss_size) {
    void *mem = mmap(nullptr, static_cast<std::size_t>(want), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) return false;
    ss.ss_sp = mem;  // never unmapped: the handler may run until the end
    ss.ss_size = static_cast<std::size_t>(want);
  }
  return sigaltstack(&ss, nullptr) == 0;
}

}  // namespace

namespace aithon::rt {

bool main_stack_bounds(std::uintptr_t *lowest, std::uintptr_t *top) {
  // Linux maps only the part of the main stack in use and grows it on
  // demand, so the lowest mapped address now is NOT the limit.  The kernel
  // lets the stack mapping grow while its size (from its end, the stack top,
  // down) stays within RLIMIT_STACK, rounded down to pages: the lowest
  // address it can reach is top - limit.  The top is the end of the page
  // holding the end of the executable's file name, which exec copies first,
  // to the very top of the stack (getauxval(AT_EXECFN) points to it).
  // glibc's pthread_getattr_np arrives at the same lowest address (its top
  // leaves out the arguments and environment above the stack proper), but it
  // reads /proc/self/maps to do so, which costs 60-80 us at every start.
  auto here = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
  auto execfn = static_cast<std::uintptr_t>(getauxval(AT_EXECFN));
  long page_size = sysconf(_SC_PAGESIZE);
  struct rlimit rl;
  if (execfn != 0 && page_size > 0 && getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
      rl.rlim_cur <= kLargestComputedLimit) {
    auto page = static_cast<std::uintptr_t>(page_size);
    std::uintptr_t name_end = execfn + std::strlen(reinterpret_cast<const char *>(execfn)) + 1;
    std::uintptr_t t = (name_end + page - 1) / page * page;
    std::uintptr_t size = static_cast<std::uintptr_t>(rl.rlim_cur) / page * page;
    // Sanity: this code runs on that stack.
    if (size < t && here >= t - size && here < t) {
      *lowest = t - size;
      *top = t;
      return true;
    }
  }
  // An unlimited (or huge) RLIMIT_STACK: the stack can grow until it comes
  // within the kernel's stack_guard_gap of the mapping below it.  glibc's
  // pthread_getattr_np finds that mapping in /proc/self/maps and stops the
  // region at its end (it also does the computation above, so this is a
  // fallback for anything unexpected too).  A runaway recursion may then use
  // a great deal of memory before it faults; that is the limit the user set.
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return false;
  void *addr = nullptr;
  std::size_t size = 0;
  int rc = pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  if (rc != 0 || addr == nullptr || size == 0) return false;
  auto lo = reinterpret_cast<std::uintptr_t>(addr);
  if (here < lo || here >= lo + size) return false;
  *lowest = lo;
  *top = lo + size;
  return true;
}

void install_fatal_signal_handlers() {
  // Without the bounds or the alternate stack the handler could not do its
  // job; leave the default actions (a crash, as before) in place.
  std::uintptr_t lowest = 0, top = 0;
  if (!main_stack_bounds(&lowest, &top) || !install_alt_stack()) {
    // No main-stack overflow detection; actors still need the handler.
    install_handler();
    return;
  }
  stack_lowest = lowest;
  stack_top = top;
  install_handler();
}

void install_fault_handler() { install_handler(); }

void install_thread_fault_stack() {
  stack_t current = {};
  if (sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return;
  std::size_t size = sizeof alt_stack_buffer;
  long want = sysconf(_SC_SIGSTKSZ);
  if (want > 0 && static_cast<std::size_t>(want) > size) size = static_cast<std::size_t>(want);
  void *mem = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) return;
  stack_t ss = {};
  ss.ss_sp = mem;
  ss.ss_size = size;
  if (sigaltstack(&ss, nullptr) != 0) {
    munmap(mem, size);
    return;
  }
  thread_alt_stack = mem;
  thread_alt_stack_size = size;
}

void remove_thread_fault_stack() {
  if (thread_alt_stack == nullptr) return;
  stack_t ss = {};
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, nullptr);
  munmap(thread_alt_stack, thread_alt_stack_size);
  thread_alt_stack = nullptr;
}

}  // namespace aithon::rt

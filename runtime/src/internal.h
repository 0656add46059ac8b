// Internal: functions shared between runtime files.  Not part of the ABI.
#pragma once

#include <cstddef>
#include <cstdint>

namespace aithon::rt {

// Write out everything aithon_print_* buffered (print.cpp).
void flush_stdout();
// The same for a signal handler that interrupted any runtime or compiled
// code, print.cpp included: only write(2), no locks, no allocation; bytes a
// flush_stdout in progress already wrote are not written again.  It leaves
// the buffer's state alone, so the process must end right after.
void flush_stdout_in_signal_handler();

// Write repr(v) into out (at least kFloatReprMax bytes); returns its length
// (float_repr.cpp).
constexpr std::size_t kFloatReprMax = 32;
std::size_t format_float_repr(double v, char *out);

// An internal invariant broke (e.g. the compiler passed a malformed literal):
// "SystemError: <message>" on stderr, exit status 1 (errors.cpp).
[[noreturn]] void fatal(const char *message);

// aithon_raise(code) for a signal handler: flush_stdout_in_signal_handler,
// the message with write(2), then _exit(1) (errors.cpp).  Async-signal-safe.
[[noreturn]] void raise_in_signal_handler(int code);

// The main thread's stack: *top is the end of its mapping, *lowest the lowest
// address RLIMIT_STACK lets it grow down to (signals.cpp).  Call it on the
// main thread; false if the bounds cannot be found.
bool main_stack_bounds(std::uintptr_t *lowest, std::uintptr_t *top);

// Installs the SIGSEGV/SIGBUS handler that turns a main-thread stack overflow
// into RecursionError (signals.cpp).  Called by main() before the program runs.
void install_fatal_signal_handlers();

}  // namespace aithon::rt

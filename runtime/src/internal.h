// Internal: functions shared between runtime files.  Not part of the ABI.
#pragma once

#include <cstddef>
#include <cstdint>

namespace aithon::rt {

// Write out everything aithon_print_* buffered (print.cpp).
void flush_stdout();
// From the fault handler, on the thread whose actor was abandoned: if that
// actor was inside a print call, release the print lock it held.
void release_print_lock_after_fault();
// The same for a signal handler that interrupted any runtime or compiled
// code, print.cpp included: only write(2), no locks, no allocation; bytes a
// flush_stdout in progress already wrote are not written again.  It leaves
// the buffer's state alone, so the process must end right after.
void flush_stdout_in_signal_handler();

// A pid as programs and failure reports show it, "<Pid slot.generation>",
// into out (at least kPidTextMax bytes); returns its length (print.cpp).
constexpr std::size_t kPidTextMax = 32;
std::size_t format_pid(uint64_t pid, char *out);

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

// ---- errors.cpp ----
// The type and message of an aithon_error code; false for an unknown code.
bool error_text(int code, const char **type, const char **message);
// write(2) all of s to stderr (async-signal-safe).
void write_stderr(const char *s);

// ---- signals.cpp ----
// The stack pointer saved in a signal handler's context, or 0.
std::uintptr_t fault_stack_pointer(const void *context);
// An alternate signal stack for the calling thread, if it has none, so that
// a stack overflow can be handled (the overflowing stack has no room left).
void install_thread_fault_stack();
// Remove and free the one install_thread_fault_stack made (thread exit).
void remove_thread_fault_stack();
// The SIGSEGV/SIGBUS handler, without the main-stack bounds (actors only).
void install_fault_handler();

// ---- actor/faults.cpp ----
// If the calling code runs in an actor: end that actor with `reason` (never
// returns).  Otherwise return false.
bool fail_current_actor(int32_t reason);
// Called first by the fatal-signal handler: if the fault is an actor running
// into the guard page of its stack, end that actor (never returns).
// Otherwise return.
void handle_actor_fault(int sig, void *info, void *context);

}  // namespace aithon::rt

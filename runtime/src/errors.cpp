// Raising Python exceptions from compiled code: there is no try/except yet,
// so every exception ends the program the way an uncaught one does in
// CPython (minus the traceback): "<Type>: <message>" on stderr, status 1.
// write_stderr is async-signal-safe (strlen and write only), which
// raise_in_signal_handler relies on.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "aithon/runtime.h"
#include "internal.h"
#include "actor/actor.h"

using namespace aithon::rt;

namespace {

struct ErrorInfo {
  const char *type;
  const char *message;
};

// Indexed by enum aithon_error; messages are CPython 3.11's where CPython
// raises the same error.
const ErrorInfo kErrors[] = {
    /* 0 */ {nullptr, nullptr},
    /* 1 */ {"ZeroDivisionError", "division by zero"},
    /* 2 */ {"ZeroDivisionError", "integer division or modulo by zero"},
    /* 3 */ {"ZeroDivisionError", "integer modulo by zero"},
    /* 4 */ {"ZeroDivisionError", "float division by zero"},
    /* 5 */ {"ZeroDivisionError", "float floor division by zero"},
    /* 6 */ {"ZeroDivisionError", "float modulo"},
    /* 7 */ {"ValueError", "range() arg 3 must not be zero"},
    // The compiler should call aithon_raise_name_error, which has the name.
    /* 8 */ {"NameError", "a global name is not defined"},
    /* 9 */ {"TypeError", "AIthon compiles int ** int to int; a negative exponent would give a float (use a float base)"},
    /* 10 */ {"OverflowError", "exponent too large"},
    /* 11 */ {"OverflowError", "int too large to convert to float"},
    /* 12 */ {"OverflowError", "integer division result too large for a float"},
    /* 13 */ {"ZeroDivisionError", "0.0 cannot be raised to a negative power"},
    /* 14 */ {"TypeError", "AIthon does not support complex results of float ** float"},
    /* 15 */ {"OverflowError", "(34, 'Numerical result out of range')"},
    // Also raised by the runtime's SIGSEGV handler when the stack overflows.
    /* 16 */ {"RecursionError", "maximum recursion depth exceeded"},
    /* 17 */ {"RuntimeError", "cannot start an actor: no stack slot left"},
    /* 18 */ {"TimeoutError", "receive() timed out"},
    /* 19 */ {"IndexError", "child_pid() index out of range"},
    /* 20 */ {"ValueError", "child_pid() needs a supervisor's pid"},
};
constexpr int kErrorCount = sizeof kErrors / sizeof kErrors[0];

}  // namespace

namespace aithon::rt {

void write_stderr(const char *s) {
  std::size_t n = std::strlen(s);
  while (n > 0) {
    ssize_t w = ::write(2, s, n);
    if (w <= 0) return;  // nothing better to do with a broken stderr
    s += w;
    n -= static_cast<std::size_t>(w);
  }
}

bool error_text(int code, const char **type, const char **message) {
  if (code <= 0 || code >= kErrorCount) return false;
  *type = kErrors[code].type;
  *message = kErrors[code].message;
  return true;
}

}  // namespace aithon::rt

namespace {

[[noreturn]] void die(const char *type, const char *prefix, const char *message, const char *suffix) {
  flush_stdout();  // whatever was printed before the error comes first
  write_stderr(type);
  write_stderr(": ");
  write_stderr(prefix);
  write_stderr(message);
  write_stderr(suffix);
  write_stderr("\n");
  std::exit(1);
}

}  // namespace

namespace aithon::rt {

void fatal(const char *message) { die("SystemError", "", message, ""); }

void raise_in_signal_handler(int code) {
  // code is always a valid constant here; no snprintf fallback (not
  // async-signal-safe).
  flush_stdout_in_signal_handler();
  write_stderr(kErrors[code].type);
  write_stderr(": ");
  write_stderr(kErrors[code].message);
  write_stderr("\n");
  ::_exit(1);  // not exit(): no atexit handlers or stdio from a signal handler
}

}  // namespace aithon::rt

extern "C" {

void aithon_raise(int32_t code) {
  if (code > 0 && code < kErrorCount) {
    // In an actor, an error ends that actor only; its links and monitors
    // are told (docs/runtime.md).
    fail_current_actor(AITHON_EXIT_FOR_ERROR(code));
  } else {
    char text[64];
    std::snprintf(text, sizeof text, "unknown AIthon error code %d", static_cast<int>(code));
    fatal(text);
  }
  die(kErrors[code].type, "", kErrors[code].message, "");
}

void aithon_raise_name_error(const char *name) {
  if (Actor *self = current_actor()) self->error_detail = name;
  fail_current_actor(AITHON_EXIT_FOR_ERROR(AITHON_ERR_UNBOUND_GLOBAL));
  die("NameError", "name '", name, "' is not defined");
}

}  // extern "C"

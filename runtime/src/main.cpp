// The process entry point.  It lives in its own archive member: the program
// object defines aithon_module_main, crt1.o asks for main, and the linker
// pulls this file (and, through it, the rest it needs) from libaithon_rt.a.
//
// The module's top-level code runs as the first actor, so every compiled
// function runs on an actor stack: its yield checks find their reduction
// counter there, an `await` can suspend it, and a stack overflow or an error
// ends it the way an uncaught exception ends a CPython program (its message
// on stderr, exit status 1).
#include "aithon/runtime.h"
#include "internal.h"

namespace {

void run_module(void *, size_t) { aithon_module_main(); }

}  // namespace

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  // A stack overflow outside any actor still becomes RecursionError
  // (signals.cpp); inside actors the runtime's own handler takes it.
  aithon::rt::install_fatal_signal_handlers();
  int status = aithon_runtime_run(run_module, nullptr, 0, nullptr);
  aithon::rt::flush_stdout();
  return status;
}

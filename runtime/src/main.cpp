// The process entry point.  It lives in its own archive member: the program
// object defines aithon_module_main, crt1.o asks for main, and the linker
// pulls this file (and, through it, the rest it needs) from libaithon_rt.a.
#include "aithon/runtime.h"
#include "internal.h"

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  // A stack overflow becomes RecursionError (signals.cpp).
  aithon::rt::install_fatal_signal_handlers();
  aithon_module_main();
  aithon::rt::flush_stdout();
  return 0;
}

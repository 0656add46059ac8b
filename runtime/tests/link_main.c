/* A stand-in for a compiled program: a C object that defines only
 * aithon_module_main.  Linked as the compiler links programs, main() must
 * come from libaithon_rt.a and must flush what was printed. */
#include "aithon/runtime.h"

void aithon_module_main(void) {
  aithon_print_str("hello ", 6);
  aithon_print_int(aithon_int_mul(4611686018427387903LL << 1, 4611686018427387903LL << 1));
  aithon_print_str(" ", 1);
  aithon_print_float(0.1);
  aithon_print_str("\n", 1);
}

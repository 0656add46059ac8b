// Harness for bulk_check.py: reads one operation per line from stdin and
// prints the runtime's answer, one line each.  It defines only
// aithon_module_main, so it also exercises the library's main().
//   ints:   decimal, read with aithon_int_from_decimal, printed with aithon_print_int
//   floats: 16 hex digits of the IEEE bit pattern, in and out
//   lines:  "<op> <arg> [<arg>]"; op "repr <bits>" prints aithon_print_float
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "aithon/runtime.h"

namespace {

double to_double(const char *hex) {
  uint64_t bits = std::strtoull(hex, nullptr, 16);
  double d;
  std::memcpy(&d, &bits, 8);
  return d;
}

void put(const char *s) { aithon_print_str(s, static_cast<int64_t>(std::strlen(s))); }

void put_double(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(bits));
  put(buf);
}

void put_i32(int32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d", static_cast<int>(v));
  put(buf);
}

// Runs one line; returns false on an unknown op.
bool run(char *line) {
  char *op = std::strtok(line, " \n");
  char *x = std::strtok(nullptr, " \n");
  char *y = std::strtok(nullptr, " \n");
  if (op == nullptr) return true;
  std::string o = op;
  auto i = [](const char *s) { return aithon_int_from_decimal(s); };
  if (o == "add") aithon_print_int(aithon_int_add(i(x), i(y)));
  else if (o == "sub") aithon_print_int(aithon_int_sub(i(x), i(y)));
  else if (o == "mul") aithon_print_int(aithon_int_mul(i(x), i(y)));
  else if (o == "floordiv") aithon_print_int(aithon_int_floordiv(i(x), i(y)));
  else if (o == "mod") aithon_print_int(aithon_int_mod(i(x), i(y)));
  else if (o == "pow") aithon_print_int(aithon_int_pow(i(x), i(y)));
  else if (o == "neg") aithon_print_int(aithon_int_neg(i(x)));
  else if (o == "cmp") put_i32(aithon_int_cmp(i(x), i(y)));
  else if (o == "int") aithon_print_int(i(x));
  else if (o == "tofloat") put_double(aithon_int_to_float(i(x)));
  else if (o == "truediv") put_double(aithon_int_truediv(i(x), i(y)));
  else if (o == "fcmp") put_i32(aithon_float_int_cmp(to_double(x), i(y)));
  else if (o == "ffloordiv") put_double(aithon_float_floordiv(to_double(x), to_double(y)));
  else if (o == "fmod") put_double(aithon_float_mod(to_double(x), to_double(y)));
  else if (o == "fpow") put_double(aithon_float_pow(to_double(x), to_double(y)));
  else if (o == "repr") aithon_print_float(to_double(x));
  else return false;
  put("\n");
  return true;
}

}  // namespace

extern "C" void aithon_module_main(void) {
  // Lines can hold ints of several hundred thousand digits.
  std::string line;
  int c;
  while ((c = std::getchar()) != EOF) {
    if (c != '\n') {
      line.push_back(static_cast<char>(c));
      continue;
    }
    if (!run(line.data())) {
      std::fprintf(stderr, "rt_calc: unknown op in: %s\n", line.c_str());
      std::exit(3);
    }
    line.clear();
  }
}

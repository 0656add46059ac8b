// Printing: fd 1 is redirected into a temporary file, the runtime prints,
// and the file's bytes are compared with what CPython's print would write.
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

#include "check.h"
#include "int_helpers.h"
#include "internal.h"

// Runs body with fd 1 pointing at a temp file; returns what it wrote.
template <typename Body>
static std::string capture(Body body) {
  char path[] = "/tmp/aithon_print_XXXXXX";
  int fd = mkstemp(path);
  int saved = dup(1);
  dup2(fd, 1);
  body();
  aithon::rt::flush_stdout();
  dup2(saved, 1);
  close(saved);
  std::string out;
  lseek(fd, 0, SEEK_SET);
  char buf[65536];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  close(fd);
  unlink(path);
  return out;
}

static void put(const char *s) { aithon_print_str(s, static_cast<int64_t>(std::strlen(s))); }

static void scalars() {
  CHECK_STR(capture([] {
              aithon_print_int(S(0)); put(" ");
              aithon_print_int(S(-42)); put(" ");
              aithon_print_int(S(aithon::rt::kSmallMax)); put(" ");
              aithon_print_int(S(aithon::rt::kSmallMin)); put(" ");
              aithon_print_int(I("-123456789012345678901234567890")); put("\n");
              aithon_print_bool(true); put(" ");
              aithon_print_bool(false); put(" ");
              aithon_print_none(); put("\n");
              aithon_print_str("a\0b", 3);
              aithon_print_str("", 0);
              aithon_print_str("h\xc3\xa9", 3);
            }),
            std::string("0 -42 4611686018427387903 -4611686018427387904 -123456789012345678901234567890\n"
                        "True False None\n") + std::string("a\0b", 3) + "h\xc3\xa9");
}

static void floats() {
  // A handful of cases; test_float_repr compares thousands against python3.
  struct { double v; const char *repr; } cases[] = {
      {0.0, "0.0"}, {-0.0, "-0.0"}, {1.0, "1.0"}, {0.1, "0.1"}, {-2.5, "-2.5"},
      {1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {123456789012345.0, "123456789012345.0"},
      {9999999999999998.0, "9999999999999998.0"}, {1.2345678901234568e+18, "1.2345678901234568e+18"},
      {1e-4, "0.0001"}, {1.5e-5, "1.5e-05"}, {1e-5, "1e-05"}, {0.00012345, "0.00012345"},
      {1e22, "1e+22"}, {1e100, "1e+100"}, {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"}, {1.0 / 3.0, "0.3333333333333333"},
      {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"}, {-NAN, "nan"},
  };
  for (auto &c : cases) CHECK_STR(capture([&] { aithon_print_float(c.v); }), c.repr);
}

static void large_outputs() {
  // More than the 64 KiB buffer, in small and large pieces.
  std::string expected;
  for (int i = 0; i < 30000; ++i) expected += std::to_string(i) + "\n";
  CHECK_STR(capture([] {
              for (int i = 0; i < 30000; ++i) {
                aithon_print_int(S(i));
                put("\n");
              }
            }),
            expected);
  std::string big(200000, 'x');
  CHECK_STR(capture([&] {
              put("<");
              aithon_print_str(big.data(), static_cast<int64_t>(big.size()));
              put(">");
            }),
            "<" + big + ">");
  // 10**100000 (100001 digits) goes through the unbuffered path.
  std::string ten = "1" + std::string(100000, '0');
  CHECK_STR(capture([] {
              put("[");
              aithon_print_int(aithon_int_pow(S(10), S(100000)));
              put("]");
            }),
            "[" + ten + "]");
  // A big int that fits the buffer but not what is left of it.
  std::string filler(60000, 'y');
  std::string digits(10000, '9');
  CHECK_STR(capture([&] {
              aithon_print_str(filler.data(), static_cast<int64_t>(filler.size()));
              aithon_print_int(aithon_int_neg(I(digits.c_str())));
            }),
            filler + "-" + digits);
}

// The reason word of a DOWN message of a NameError on `name`, as a
// monitor would receive it (the DOWN's data is the name's pointer).
static uint64_t name_error_word(const char *name) {
  alignas(16) unsigned char storage[sizeof(aithon_message) + sizeof name];
  auto *m = reinterpret_cast<aithon_message *>(storage);
  *m = aithon_message{AITHON_MSG_DOWN, AITHON_EXIT_FOR_ERROR(AITHON_ERR_UNBOUND_GLOBAL), 1, 1, sizeof name};
  std::memcpy(m->data, &name, sizeof name);
  return aithon_message_reason(m);
}

static uint64_t word(int32_t reason) { return static_cast<uint32_t>(reason); }

static void check_reason(uint64_t w, const std::string &text, const std::string &repr) {
  CHECK_STR(capture([&] { aithon_print_reason(w, false); }), text);
  CHECK_STR(capture([&] { aithon_print_reason(w, true); }), repr);
}

static void reasons() {
  check_reason(word(AITHON_EXIT_NORMAL), "normal", "Reason('normal')");
  check_reason(word(AITHON_EXIT_KILL), "kill", "Reason('kill')");
  check_reason(word(AITHON_EXIT_KILLED), "killed", "Reason('killed')");
  check_reason(word(AITHON_EXIT_SHUTDOWN), "shutdown", "Reason('shutdown')");
  check_reason(word(AITHON_EXIT_NOPROC), "noproc", "Reason('noproc')");
  check_reason(word(AITHON_EXIT_STACK_OVERFLOW), "RecursionError: maximum recursion depth exceeded",
               "Reason('RecursionError: maximum recursion depth exceeded')");
  check_reason(word(AITHON_EXIT_HEAP_EXHAUSTED), "MemoryError: actor heap exhausted",
               "Reason('MemoryError: actor heap exhausted')");
  check_reason(word(AITHON_EXIT_RESTART_LIMIT), "supervisor: restart intensity exceeded",
               "Reason('supervisor: restart intensity exceeded')");
  check_reason(word(AITHON_EXIT_FOR_ERROR(AITHON_ERR_DIVISION_BY_ZERO)), "ZeroDivisionError: division by zero",
               "Reason('ZeroDivisionError: division by zero')");
  // A ' and no ": double quotes, as Python's repr chooses.
  check_reason(word(AITHON_EXIT_FOR_ERROR(AITHON_ERR_FLOAT_POW_OVERFLOW)),
               "OverflowError: (34, 'Numerical result out of range')",
               "Reason(\"OverflowError: (34, 'Numerical result out of range')\")");
  check_reason(word(AITHON_EXIT_FOR_ERROR(AITHON_ERR_NOT_A_SUPERVISOR)),
               "ValueError: child_pid() needs a supervisor's pid",
               "Reason(\"ValueError: child_pid() needs a supervisor's pid\")");
  check_reason(word(AITHON_EXIT_FOR_ERROR(AITHON_ERR_UNBOUND_GLOBAL)), "NameError: a global name is not defined",
               "Reason('NameError: a global name is not defined')");
  check_reason(word(777), "exit reason 777", "Reason('exit reason 777')");
  check_reason(word(-5), "exit reason -5", "Reason('exit reason -5')");
  check_reason(word(AITHON_EXIT_ERROR), "exit reason 256", "Reason('exit reason 256')");
  // NameErrors name their variable through the detail index.
  uint64_t x = name_error_word("x");
  CHECK(AITHON_REASON_DETAIL(x) != 0);
  check_reason(x, "NameError: name 'x' is not defined", "Reason(\"NameError: name 'x' is not defined\")");
  static char other_x[] = "x";  // the same text elsewhere: the same word
  CHECK(name_error_word(other_x) == x);
  CHECK(name_error_word("y") != x);
  // Both quotes: single ones, escaped; backslashes and control characters
  // escaped; other bytes (UTF-8) kept.
  check_reason(name_error_word("q\""), "NameError: name 'q\"' is not defined",
               "Reason('NameError: name \\'q\"\\' is not defined')");
  check_reason(name_error_word("a\\b\n\r\t\x01\x7f\xc3\xa9"),
               "NameError: name 'a\\b\n\r\t\x01\x7f\xc3\xa9' is not defined",
               "Reason(\"NameError: name 'a\\\\b\\n\\r\\t\\x01\\x7f\xc3\xa9' is not defined\")");
  // A detail index never given prints as no name; a long name in full.
  check_reason(uint64_t{0xffffffffu} << 32 | x, "NameError: a global name is not defined",
               "Reason('NameError: a global name is not defined')");
  static const std::string long_name(2000, 'n');
  std::string long_text = "NameError: name '" + long_name + "' is not defined";
  check_reason(name_error_word(long_name.c_str()), long_text, "Reason(\"" + long_text + "\")");
  // A message that is not an EXIT or DOWN has no reason but NORMAL.
  alignas(16) unsigned char storage[sizeof(aithon_message) + 8] = {};
  auto *user = reinterpret_cast<aithon_message *>(storage);
  user->size = 8;
  std::memset(user->data, 0xff, 8);
  CHECK(aithon_message_reason(user) == 0);
}

int main() {
  scalars();
  reasons();
  floats();
  large_outputs();
  return check_report("test_print");
}

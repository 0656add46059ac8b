// Errors: each case runs in a child process that prints something, then
// raises.  The parent checks the child's stdout (flushed before the error),
// its stderr line and its exit status 1.
#include <cmath>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "int_helpers.h"

static std::string read_all(int fd) {
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  return out;
}

static void expect_error(const char *what, const std::function<void()> &body, const std::string &stderr_line) {
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    perror("pipe");
    std::exit(2);
  }
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(out_pipe[0]);
    close(err_pipe[0]);
    aithon_print_str("before\n", 7);  // buffered: must come out before the error
    body();
    _exit(42);  // body should not return
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  // Outputs are small, so reading one pipe after the other cannot deadlock.
  std::string out = read_all(out_pipe[0]);
  std::string err = read_all(err_pipe[0]);
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  bool exited_1 = WIFEXITED(status) && WEXITSTATUS(status) == 1;
  if (!exited_1) std::fprintf(stderr, "case %s: bad exit status %d\n", what, status);
  CHECK(exited_1);
  CHECK_STR(out, "before\n");
  CHECK_STR(err, stderr_line + "\n");
}

int main() {
  // Every code through aithon_raise, with the message table.
  const char *expected[] = {
      nullptr,
      "ZeroDivisionError: division by zero",
      "ZeroDivisionError: integer division or modulo by zero",
      "ZeroDivisionError: integer modulo by zero",
      "ZeroDivisionError: float division by zero",
      "ZeroDivisionError: float floor division by zero",
      "ZeroDivisionError: float modulo",
      "ValueError: range() arg 3 must not be zero",
      "NameError: a global name is not defined",
      "TypeError: AIthon compiles int ** int to int; a negative exponent would give a float (use a float base)",
      "OverflowError: exponent too large",
      "OverflowError: int too large to convert to float",
      "OverflowError: integer division result too large for a float",
      "ZeroDivisionError: 0.0 cannot be raised to a negative power",
      "TypeError: AIthon does not support complex results of float ** float",
      "OverflowError: (34, 'Numerical result out of range')",
      "RecursionError: maximum recursion depth exceeded",
      "RuntimeError: cannot start an actor: no stack slot left",
      "TimeoutError: receive() timed out",
      "IndexError: child_pid() index out of range",
      "ValueError: child_pid() needs a supervisor's pid",
  };
  constexpr int kLastCode = sizeof expected / sizeof expected[0] - 1;
  static_assert(kLastCode == AITHON_ERR_NOT_A_SUPERVISOR, "a case for every code");
  for (int code = 1; code <= kLastCode; ++code) {
    std::string what = "raise " + std::to_string(code);
    expect_error(what.c_str(), [code] { aithon_raise(code); }, expected[code]);
  }
  expect_error("unknown code", [] { aithon_raise(99); }, "SystemError: unknown AIthon error code 99");
  expect_error("code past the table", [] { aithon_raise(21); }, "SystemError: unknown AIthon error code 21");
  expect_error("name error", [] { aithon_raise_name_error("x"); }, "NameError: name 'x' is not defined");

  // The runtime functions raise the right code.
  aithon_int big = I("1267650600228229401496703205376");  // 2**100
  aithon_int huge = aithon_int_pow(S(2), S(1024));
  expect_error("int // 0", [] { aithon_int_floordiv(S(1), S(0)); }, expected[2]);
  expect_error("big // 0", [&] { aithon_int_floordiv(big, S(0)); }, expected[2]);
  expect_error("int % 0", [] { aithon_int_mod(S(1), S(0)); }, expected[3]);
  expect_error("big % 0", [&] { aithon_int_mod(big, S(0)); }, expected[3]);
  expect_error("int / 0", [] { aithon_int_truediv(S(1), S(0)); }, expected[1]);
  expect_error("0 / 0", [] { aithon_int_truediv(S(0), S(0)); }, expected[1]);
  expect_error("2 ** -1", [] { aithon_int_pow(S(2), S(-1)); }, expected[9]);
  expect_error("1 ** -1", [] { aithon_int_pow(S(1), S(-1)); }, expected[9]);
  expect_error("2 ** -big", [&] { aithon_int_pow(S(2), aithon_int_neg(big)); }, expected[9]);
  expect_error("2 ** big", [&] { aithon_int_pow(S(2), big); }, expected[10]);
  // Just past GMP's own limit, where it would abort instead of raising.
  expect_error("2 ** 2**37", [] { aithon_int_pow(S(2), S(int64_t{1} << 37)); }, expected[10]);
  expect_error("-big ** 2**30", [&] { aithon_int_pow(aithon_int_neg(big), S(int64_t{1} << 30)); }, expected[10]);
  expect_error("3 ** 2**62-1", [] { aithon_int_pow(S(3), S(aithon::rt::kSmallMax)); }, expected[10]);
  expect_error("float(2**1024)", [&] { aithon_int_to_float(huge); }, expected[11]);
  expect_error("float(-2**1024)", [&] { aithon_int_to_float(aithon_int_neg(huge)); }, expected[11]);
  expect_error("float(2**1024 - 2**970)", [&] { aithon_int_to_float(aithon_int_sub(huge, aithon_int_pow(S(2), S(970)))); },
               expected[11]);
  expect_error("2**1024 / 1", [&] { aithon_int_truediv(huge, S(1)); }, expected[12]);
  expect_error("2**1100 / -3", [&] { aithon_int_truediv(aithon_int_pow(S(2), S(1100)), S(-3)); }, expected[12]);
  expect_error("(2**1024 - 2**970) / 1", [&] { aithon_int_truediv(aithon_int_sub(huge, aithon_int_pow(S(2), S(970))), S(1)); },
               expected[12]);
  expect_error("1.0 // 0.0", [] { aithon_float_floordiv(1.0, 0.0); }, expected[5]);
  expect_error("nan // -0.0", [] { aithon_float_floordiv(NAN, -0.0); }, expected[5]);
  expect_error("1.0 % 0.0", [] { aithon_float_mod(1.0, 0.0); }, expected[6]);
  expect_error("inf % -0.0", [] { aithon_float_mod(INFINITY, -0.0); }, expected[6]);
  expect_error("0.0 ** -1.0", [] { aithon_float_pow(0.0, -1.0); }, expected[13]);
  expect_error("-0.0 ** -inf is inf, but -0.0 ** -0.5", [] { aithon_float_pow(-0.0, -0.5); }, expected[13]);
  expect_error("-8.0 ** (1/3)", [] { aithon_float_pow(-8.0, 1.0 / 3.0); }, expected[14]);
  expect_error("10.0 ** 400.0", [] { aithon_float_pow(10.0, 400.0); }, expected[15]);
  expect_error("-10.0 ** 401.0", [] { aithon_float_pow(-10.0, 401.0); }, expected[15]);
  expect_error("bad literal", [] { aithon_int_from_decimal("12a"); },
               "SystemError: aithon_int_from_decimal: malformed literal");
  expect_error("child_pid outside an actor", [] { aithon_child_pid(AITHON_NO_PID, S(0)); },
               "SystemError: aithon_child_pid called outside an actor");
  return check_report("test_errors");
}

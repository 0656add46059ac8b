// Internal: functions shared between runtime files.  Not part of the ABI.
#pragma once

#include <cstddef>

namespace aithon::rt {

// Write out everything aithon_print_* buffered (print.cpp).
void flush_stdout();

// Write repr(v) into out (at least kFloatReprMax bytes); returns its length
// (float_repr.cpp).
constexpr std::size_t kFloatReprMax = 32;
std::size_t format_float_repr(double v, char *out);

// An internal invariant broke (e.g. the compiler passed a malformed literal):
// "SystemError: <message>" on stderr, exit status 1 (errors.cpp).
[[noreturn]] void fatal(const char *message);

}  // namespace aithon::rt

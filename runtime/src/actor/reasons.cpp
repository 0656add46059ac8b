// Exit reasons as text and as reason words (runtime.h).  One text function
// serves failure reports, supervisors and aithon_print_reason, so a reason
// reads the same wherever it is shown.
//
// A reason word keeps an error's detail (a NameError's name) as an index
// into a process-wide table of interned texts, not as a pointer: two words
// are then the same reason exactly when they are equal, which is all
// compiled `==` on reasons needs.
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "../internal.h"
#include "lifecycle.h"

namespace aithon::rt {

namespace {

// Append-only, so an index stays valid for the life of the process (words
// may outlive a run).  Details are rare (a NameError each), so a mutex and
// a linear search do.  The texts are string literals of the program: never
// copied, never freed.
std::mutex details_mutex;
const char **details = nullptr;  // details[i] has index i + 1
uint32_t detail_count = 0;
uint32_t detail_capacity = 0;

// The index of `text`, added if new; 0 for none, or if the table cannot
// grow (the reason then keeps its code and loses only the name).
uint32_t intern_detail(const char *text) {
  if (text == nullptr) return 0;
  std::lock_guard<std::mutex> guard(details_mutex);
  for (uint32_t i = 0; i < detail_count; ++i) {
    if (std::strcmp(details[i], text) == 0) return i + 1;
  }
  if (detail_count == detail_capacity) {
    if (detail_capacity >= (1u << 30)) return 0;
    uint32_t capacity = detail_capacity == 0 ? 16 : detail_capacity * 2;
    auto *grown = static_cast<const char **>(std::realloc(details, capacity * sizeof *details));
    if (grown == nullptr) return 0;
    details = grown;
    detail_capacity = capacity;
  }
  details[detail_count++] = text;
  return detail_count;
}

// The text of a detail index, or nullptr (0, or not an index ever given).
const char *detail_text(uint32_t index) {
  if (index == 0) return nullptr;
  std::lock_guard<std::mutex> guard(details_mutex);
  return index <= detail_count ? details[index - 1] : nullptr;
}

std::size_t copy_text(const char *text, char *out, std::size_t size) {
  return static_cast<std::size_t>(std::snprintf(out, size, "%s", text));
}

// A text long enough for any reason: on the stack, or malloc'd past it.
class ReasonText {
 public:
  ReasonText(int32_t reason, const char *detail) {
    length_ = exit_reason_text(reason, detail, inline_, sizeof inline_);
    if (length_ < sizeof inline_) return;
    text_ = static_cast<char *>(std::malloc(length_ + 1));
    if (text_ == nullptr) fatal("out of memory printing an exit reason");
    exit_reason_text(reason, detail, text_, length_ + 1);
  }
  ~ReasonText() {
    if (text_ != inline_) std::free(text_);
  }
  ReasonText(const ReasonText &) = delete;
  ReasonText &operator=(const ReasonText &) = delete;
  const char *data() const { return text_; }
  std::size_t size() const { return length_; }

 private:
  char inline_[256];
  char *text_ = inline_;
  std::size_t length_;
};

// Python's repr of a str, for `text` (UTF-8): single quotes unless it holds
// ' and no ", escapes for the backslash, the quote, \n \r \t and the other
// ASCII control characters.  (Bytes of non-ASCII characters are kept: the
// texts are the runtime's own and identifiers, all printable.)  Writes at
// most 4 * size + 2 bytes; returns the length.
std::size_t python_str_repr(const char *text, std::size_t size, char *out) {
  bool has_single = std::memchr(text, '\'', size) != nullptr;
  bool has_double = std::memchr(text, '"', size) != nullptr;
  char quote = has_single && !has_double ? '"' : '\'';
  char *p = out;
  *p++ = quote;
  for (std::size_t i = 0; i < size; ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '\\' || c == static_cast<unsigned char>(quote)) {
      *p++ = '\\';
      *p++ = static_cast<char>(c);
    } else if (c == '\n' || c == '\r' || c == '\t') {
      *p++ = '\\';
      *p++ = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
    } else if (c < 0x20 || c == 0x7f) {
      static const char kHex[] = "0123456789abcdef";
      *p++ = '\\';
      *p++ = 'x';
      *p++ = kHex[c >> 4];
      *p++ = kHex[c & 15];
    } else {
      *p++ = static_cast<char>(c);
    }
  }
  *p++ = quote;
  return static_cast<std::size_t>(p - out);
}

// Reason(<repr of text>), printed with one aithon_print_str call so that
// it is never split by another actor's print.
void print_reason_repr(const char *text, std::size_t size) {
  static const char kOpen[] = "Reason(";
  std::size_t need = sizeof kOpen - 1 + 4 * size + 2 + 1;
  char small[1100];
  char *out = need <= sizeof small ? small : static_cast<char *>(std::malloc(need));
  if (out == nullptr) fatal("out of memory printing an exit reason");
  std::memcpy(out, kOpen, sizeof kOpen - 1);
  std::size_t n = sizeof kOpen - 1;
  n += python_str_repr(text, size, out + n);
  out[n++] = ')';
  aithon_print_str(out, static_cast<int64_t>(n));
  if (out != small) std::free(out);
}

}  // namespace

std::size_t exit_reason_text(int32_t reason, const char *detail, char *out, std::size_t size) {
  switch (reason) {
    case AITHON_EXIT_NORMAL: return copy_text("normal", out, size);
    case AITHON_EXIT_KILL: return copy_text("kill", out, size);
    case AITHON_EXIT_KILLED: return copy_text("killed", out, size);
    case AITHON_EXIT_SHUTDOWN: return copy_text("shutdown", out, size);
    case AITHON_EXIT_NOPROC: return copy_text("noproc", out, size);
    case AITHON_EXIT_STACK_OVERFLOW: return copy_text("RecursionError: maximum recursion depth exceeded", out, size);
    case AITHON_EXIT_HEAP_EXHAUSTED: return copy_text("MemoryError: actor heap exhausted", out, size);
    case AITHON_EXIT_RESTART_LIMIT: return copy_text("supervisor: restart intensity exceeded", out, size);
    default: break;
  }
  int n;
  const char *type = nullptr;
  const char *message = nullptr;
  if (reason == AITHON_EXIT_FOR_ERROR(AITHON_ERR_UNBOUND_GLOBAL) && detail != nullptr) {
    n = std::snprintf(out, size, "NameError: name '%s' is not defined", detail);
  } else if (reason > AITHON_EXIT_ERROR && error_text(reason - AITHON_EXIT_ERROR, &type, &message)) {
    n = std::snprintf(out, size, "%s: %s", type, message);
  } else {
    n = std::snprintf(out, size, "exit reason %" PRId32, reason);
  }
  return static_cast<std::size_t>(n);
}

const char *message_detail(const aithon_message &m) {
  // Only an EXIT or DOWN of a failure carries one; a NORMAL DOWN's data is
  // its result.
  const char *detail = nullptr;
  if ((m.kind == AITHON_MSG_EXIT || m.kind == AITHON_MSG_DOWN) && m.reason != AITHON_EXIT_NORMAL &&
      m.size == sizeof detail) {
    std::memcpy(&detail, m.data, sizeof detail);
  }
  return detail;
}

}  // namespace aithon::rt

using namespace aithon::rt;

extern "C" {

uint64_t aithon_message_reason(const aithon_message *m) {
  uint64_t detail = intern_detail(message_detail(*m));
  return detail << 32 | static_cast<uint32_t>(m->reason);
}

void aithon_print_reason(uint64_t reason, bool repr) {
  ReasonText text(AITHON_REASON_CODE(reason), detail_text(AITHON_REASON_DETAIL(reason)));
  if (repr) {
    print_reason_repr(text.data(), text.size());
  } else {
    aithon_print_str(text.data(), static_cast<int64_t>(text.size()));
  }
}

}  // extern "C"

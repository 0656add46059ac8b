// Execution contexts: a saved stack pointer, plus what the sanitizers need
// to follow a switch.  The swap itself is a few instructions of assembly
// (context_x86_64.S, context_aarch64.S); this header prepares fresh stacks
// and tells ThreadSanitizer and AddressSanitizer about every switch, since
// both track "the current stack" per thread and would otherwise report
// nonsense after we change it under them.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define AITHON_TSAN 1
#endif
#if __has_feature(address_sanitizer)
#define AITHON_ASAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define AITHON_TSAN 1
#endif
#if defined(__SANITIZE_ADDRESS__)
#define AITHON_ASAN 1
#endif

#ifdef AITHON_TSAN
extern "C" {
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
}
#endif
#ifdef AITHON_ASAN
extern "C" {
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old);
}
#endif

extern "C" {
// context_*.S
void aithon_ctx_swap(void **save_sp, void *new_sp);
void aithon_ctx_start();
// Called on a fresh stack with the argument given to make_context (defined
// by the scheduler).  Never returns.
[[noreturn]] void aithon_ctx_entry(void *argument);
}

namespace aithon::rt {

struct Context {
  void *sp = nullptr;
  // The stack's extent [bottom, bottom + size), for AddressSanitizer.
  const void *stack_bottom = nullptr;
  std::size_t stack_size = 0;
#ifdef AITHON_TSAN
  void *tsan_fiber = nullptr;
#endif
#ifdef AITHON_ASAN
  void *asan_fake_stack = nullptr;
#endif
};

// Prepare `ctx` so that the first switch to it calls
// aithon_ctx_entry(argument) on the stack that ends at `top` (16-aligned).
inline void make_context(Context &ctx, void *top, void *argument, const void *bottom, std::size_t size) {
  auto *t = static_cast<std::uintptr_t *>(top);
#if defined(__x86_64__)
  // Seven words popped by aithon_ctx_swap's epilogue: r15 r14 r13 r12 rbx
  // rbp, then the return address; two words of padding above them leave
  // the stack 16-aligned at aithon_ctx_start's call, as the ABI requires.
  std::uintptr_t *sp = t - 9;
  for (int i = 0; i < 9; ++i) sp[i] = 0;
  sp[3] = reinterpret_cast<std::uintptr_t>(argument);  // r12
  sp[6] = reinterpret_cast<std::uintptr_t>(&aithon_ctx_start);
#elif defined(__aarch64__)
  // The 160-byte frame of aithon_ctx_swap: x19 at 0, x29 at 80, x30 at 88.
  std::uintptr_t *sp = t - 20;
  for (int i = 0; i < 20; ++i) sp[i] = 0;
  sp[0] = reinterpret_cast<std::uintptr_t>(argument);  // x19
  sp[11] = reinterpret_cast<std::uintptr_t>(&aithon_ctx_start);
#else
#error "AIthon's actor runtime supports x86-64 and AArch64"
#endif
  ctx.sp = sp;
  ctx.stack_bottom = bottom;
  ctx.stack_size = size;
#ifdef AITHON_TSAN
  if (ctx.tsan_fiber == nullptr) ctx.tsan_fiber = __tsan_create_fiber(0);
#endif
}

// The worker thread's own context, before it first switches away.
inline void adopt_thread_context(Context &ctx, const void *bottom, std::size_t size) {
  ctx.stack_bottom = bottom;
  ctx.stack_size = size;
#ifdef AITHON_TSAN
  ctx.tsan_fiber = __tsan_get_current_fiber();
#endif
}

// Switch from `from` (the running context) to `to`.  Returns when someone
// switches back to `from`.  With `from_dies`, `from` is never resumed
// (AddressSanitizer then frees its fake stack).
inline void switch_context(Context &from, Context &to, bool from_dies = false) {
#ifdef AITHON_TSAN
  __tsan_switch_to_fiber(to.tsan_fiber, 0);
#endif
#ifdef AITHON_ASAN
  __sanitizer_start_switch_fiber(from_dies ? nullptr : &from.asan_fake_stack, to.stack_bottom, to.stack_size);
#else
  (void)from_dies;
#endif
  aithon_ctx_swap(&from.sp, to.sp);
#ifdef AITHON_ASAN
  __sanitizer_finish_switch_fiber(from.asan_fake_stack, nullptr, nullptr);
#endif
}

// The first thing a fresh context does (in aithon_ctx_entry).
inline void context_started() {
#ifdef AITHON_ASAN
  __sanitizer_finish_switch_fiber(nullptr, nullptr, nullptr);
#endif
}

}  // namespace aithon::rt

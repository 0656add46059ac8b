// Faults inside actors end that actor alone.
//
//   - An error raised by compiled code (aithon_raise: ZeroDivisionError, ...)
//     ends the actor with AITHON_EXIT_ERROR + the error code.
//   - A stack overflow runs into the slot's guard page (slots.h).  The
//     SIGSEGV handler runs on the worker thread's alternate signal stack,
//     recognises the guard page of the actor running on that thread, and
//     switches straight to the worker, abandoning the actor's stack.  This is
//     a longjmp out of a synchronous fault, which is safe here because the
//     faulting code is the actor's own and nothing else runs on its stack.
#include <csignal>

#include "../internal.h"
#include "lifecycle.h"

namespace aithon::rt {

bool fail_current_actor(int32_t reason) {
  Actor *self = current_actor();
  if (self == nullptr) return false;
  exit_current(self, reason);
}

void handle_actor_fault(int sig, void *info_ptr, void *context) {
  (void)sig;
  auto *info = static_cast<siginfo_t *>(info_ptr);
  if (info->si_code <= 0) return;  // sent with kill: not a fault
  auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
  if (!slot_arena.contains(addr)) return;
  std::uintptr_t slot_base = addr & ~(kSlotSize - 1);
  if (addr - slot_base >= kGuardSize) return;  // inside a usable stack: a real bug
  // The faulting code must be running on that very slot's stack.
  std::uintptr_t sp = fault_stack_pointer(context);
  if (sp == 0 || (sp & ~(kSlotSize - 1)) != slot_base) return;
  Actor *a = reinterpret_cast<Actor *>(aithon_actor_block(slot_base));
  if (state_of(a->state.load(std::memory_order_relaxed)) != ActorState::Running) return;
  // An overflow inside a print call must not leave the print lock held.
  release_print_lock_after_fault();
  a->exit_reason = AITHON_EXIT_STACK_OVERFLOW;
  a->switch_reason = SwitchReason::Exit;
  a->worker->switched_out = a;
  switch_context(a->context, a->worker->context, true);
  __builtin_unreachable();
}

}  // namespace aithon::rt

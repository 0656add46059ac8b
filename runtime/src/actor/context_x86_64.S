// Register swap between actor stacks, x86-64 System V.
//
//   void aithon_ctx_swap(void **save_sp, void *new_sp)
//
// Pushes the callee-saved registers on the current stack, stores the stack
// pointer in *save_sp, loads new_sp and pops the other context's registers.
// Everything else (caller-saved registers, flags) the C caller already
// treats as clobbered by a call.  The MXCSR and x87 control words are not
// switched: nothing in AIthon changes rounding modes.
//
// A new context is a stack prepared by make_context (context.h):
//   new_sp -> r15 r14 r13 r12=entry argument rbx rbp=0 | return address =
//   aithon_ctx_start
// so the first swap "returns" into aithon_ctx_start, which calls
// aithon_ctx_entry(argument) on the fresh stack.
#if defined(__x86_64__)
        .text
        .globl  aithon_ctx_swap
        .hidden aithon_ctx_swap
        .type   aithon_ctx_swap, @function
        .p2align 4
aithon_ctx_swap:
        .cfi_startproc
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   aithon_ctx_swap, .-aithon_ctx_swap

        .globl  aithon_ctx_start
        .hidden aithon_ctx_start
        .type   aithon_ctx_start, @function
        .p2align 4
aithon_ctx_start:
        .cfi_startproc
        .cfi_undefined rip          // the bottom of an actor's stack: unwinders stop here
        movq    %r12, %rdi
        call    aithon_ctx_entry    // never returns
        ud2
        .cfi_endproc
        .size   aithon_ctx_start, .-aithon_ctx_start

        .section .note.GNU-stack,"",@progbits
#endif

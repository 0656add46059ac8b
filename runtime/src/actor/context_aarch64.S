// Register swap between actor stacks, AArch64 (AAPCS64).
//
//   void aithon_ctx_swap(void **save_sp, void *new_sp)
//
// Saves the callee-saved registers x19-x30 and d8-d15 in a 160-byte frame on
// the current stack, stores sp in *save_sp, switches to new_sp and restores
// the other context's frame; `ret` then jumps to its x30.
//
// A new context (make_context in context.h) is a frame whose x19 holds the
// entry argument, x29 = 0 and x30 = aithon_ctx_start.
#if defined(__aarch64__)
        .text
        .globl  aithon_ctx_swap
        .hidden aithon_ctx_swap
        .type   aithon_ctx_swap, %function
        .p2align 4
aithon_ctx_swap:
        sub     sp, sp, #160
        stp     x19, x20, [sp, #0]
        stp     x21, x22, [sp, #16]
        stp     x23, x24, [sp, #32]
        stp     x25, x26, [sp, #48]
        stp     x27, x28, [sp, #64]
        stp     x29, x30, [sp, #80]
        stp     d8, d9, [sp, #96]
        stp     d10, d11, [sp, #112]
        stp     d12, d13, [sp, #128]
        stp     d14, d15, [sp, #144]
        mov     x2, sp
        str     x2, [x0]
        mov     sp, x1
        ldp     x19, x20, [sp, #0]
        ldp     x21, x22, [sp, #16]
        ldp     x23, x24, [sp, #32]
        ldp     x25, x26, [sp, #48]
        ldp     x27, x28, [sp, #64]
        ldp     x29, x30, [sp, #80]
        ldp     d8, d9, [sp, #96]
        ldp     d10, d11, [sp, #112]
        ldp     d12, d13, [sp, #128]
        ldp     d14, d15, [sp, #144]
        add     sp, sp, #160
        ret
        .size   aithon_ctx_swap, .-aithon_ctx_swap

        .globl  aithon_ctx_start
        .hidden aithon_ctx_start
        .type   aithon_ctx_start, %function
        .p2align 4
aithon_ctx_start:
        mov     x0, x19
        bl      aithon_ctx_entry    // never returns
        brk     #0
        .size   aithon_ctx_start, .-aithon_ctx_start

        .section .note.GNU-stack,"",%progbits
#endif

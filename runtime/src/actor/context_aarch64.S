// Register swap between actor stacks, AArch64 (AAPCS64).
//
//   void aithon_ctx_swap(void **save_sp, void *new_sp)
//
// Saves the callee-saved registers x19-x30 and d8-d15 in a 160-byte frame on
// the current stack, stores sp in *save_sp, switches to new_sp and restores
// the other context's frame; `ret` then jumps to its x30.  AAPCS64 preserves
// only the low 64 bits of v8-v15, so d8-d15 is all there is to save; x18 (the
// platform register) and FPCR/FPSR are not switched (nothing in AIthon changes
// rounding modes).  sp stays 16-aligned throughout, as the hardware requires.
//
// A new context (make_context in context.h) is a frame whose x19 holds the
// entry argument, x29 = 0 and x30 = aithon_ctx_start; after the epilogue sp is
// the stack's (16-aligned) top.
#if defined(__aarch64__)
        .text
        .globl  aithon_ctx_swap
        .hidden aithon_ctx_swap
        .type   aithon_ctx_swap, %function
        .p2align 4
aithon_ctx_swap:
        .cfi_startproc
        hint    #34                 // bti c (a nop without BTI)
        sub     sp, sp, #160
        .cfi_def_cfa_offset 160
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
        .cfi_def_cfa_offset 0
        ret
        .cfi_endproc
        .size   aithon_ctx_swap, .-aithon_ctx_swap

        // Reached only by aithon_ctx_swap's `ret` (not an indirect branch that
        // BTI checks), so it needs no landing pad.
        .globl  aithon_ctx_start
        .hidden aithon_ctx_start
        .type   aithon_ctx_start, %function
        .p2align 4
aithon_ctx_start:
        .cfi_startproc
        .cfi_undefined x30          // the bottom of an actor's stack: unwinders stop here
        mov     x0, x19
        bl      aithon_ctx_entry    // never returns
        brk     #0
        .cfi_endproc
        .size   aithon_ctx_start, .-aithon_ctx_start

        // This file is compatible with BTI and PAC (GNU_PROPERTY_AARCH64_FEATURE_1_AND
        // = BTI | PAC).  Without the note, linking it with objects built with
        // -mbranch-protection would silently drop BTI for the whole program.
        // The linker ANDs the bits over all inputs, so it changes nothing when
        // the rest is built without branch protection.  (Not GCS: the stack
        // switch is not shadow-stack aware.)
        .pushsection .note.gnu.property, "a"
        .p2align 3
        .word   4                   // n_namesz
        .word   16                  // n_descsz
        .word   5                   // NT_GNU_PROPERTY_TYPE_0
        .asciz  "GNU"
        .word   0xc0000000          // GNU_PROPERTY_AARCH64_FEATURE_1_AND
        .word   4                   // pr_datasz
        .word   3                   // BTI | PAC
        .word   0                   // padding to 8 bytes
        .popsection

        .section .note.GNU-stack,"",%progbits
#endif

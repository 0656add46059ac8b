// RUN: %aithon-opt %s -p actor-to-llvm | filecheck %s
// actor-to-llvm runs after py-to-std: payloads are machine types (i64 tagged
// ints, f64, i1 bools).
//   actor.yield_check  reads the stack pointer (inline asm, x86-64 or AArch64),
//                      finds the actor's control block, decrements the budget
//                      at offset 0 and, when it is <= 0, calls
//                      aithon_yield_preserving (preserve_allcc).
//   actor.yield_check loop  (a back-edge) counts iterations in a zeroed i64
//                      slot of the entry block and does the above only every
//                      64th iteration.
//   actor.spawn        stores the arguments in 8-byte slots of an llvm.alloca
//                      in the entry block (bools zero-extended to i64), sets the
//                      options {flags = 2 (MONITOR), heap_size = 0}, and calls
//                      aithon_spawn_opt with the address of @<callee>.actor; a
//                      pid of 0 raises error 17 (spawn failed).
//   actor.await        aithon_await_value; the result is the DOWN message's
//                      data at byte offset 32 (an i1 is truncated from i64).
// Each spawned function gets an entry point @<callee>.actor(!llvm.ptr, i64)
// that loads the slots, calls it and passes its result to aithon_set_result.

func.func private @py.worker(%n: i64, %x: f64, %b: i1) -> i1 attributes {actor.behaviour} {
  func.return %b : i1
}
// CHECK-LABEL: func.func private @py.worker(%n: i64, %x: f64, %b: i1) -> i1 attributes {actor.behaviour} {
// CHECK-NEXT: func.return %b : i1
// CHECK-NEXT: }

func.func private @py.idle() attributes {actor.behaviour} {
  func.return
}

// The spawn of worker is in a second block: its argument and option buffers
// are still allocated in the entry block, so a loop does not grow the stack.
func.func @py.main() attributes {actor.behaviour} {
  %n = arith.constant 10 : i64
  cf.br ^next
^next:
  %x = arith.constant 1.500000e+00 : f64
  %b = arith.constant true
  %p = actor.spawn @py.worker(%n, %x, %b) monitored : (i64, f64, i1) -> !actor.pid
  %r = actor.await %p : !actor.pid -> i1
  %q = actor.spawn @py.idle() monitored : () -> !actor.pid
  actor.await %q : !actor.pid
  func.return
}
// CHECK-LABEL: func.func @py.main() attributes {actor.behaviour} {
// The buffers of the second spawn (options) come first: each is put at the start of the entry block.
// CHECK-NEXT: [[C2:%[0-9]+]] = arith.constant 2 : i64
// CHECK-NEXT: [[OPTS2:%[0-9]+]] = llvm.alloca [[C2]] x i64 {alignment = 16 : i64} : (i64) -> !llvm.ptr
// CHECK-NEXT: [[C2B:%[0-9]+]] = arith.constant 2 : i64
// CHECK-NEXT: [[OPTS:%[0-9]+]] = llvm.alloca [[C2B]] x i64 {alignment = 16 : i64} : (i64) -> !llvm.ptr
// CHECK-NEXT: [[C3:%[0-9]+]] = arith.constant 3 : i64
// CHECK-NEXT: [[ARGS:%[0-9]+]] = llvm.alloca [[C3]] x i64 {alignment = 16 : i64} : (i64) -> !llvm.ptr
// CHECK-NEXT: %n = arith.constant 10 : i64
// CHECK-NEXT: cf.br ^[[NEXT:[a-z0-9_]+]]
// CHECK-NEXT: ^[[NEXT]]:
// CHECK-NEXT: %x = arith.constant 1.500000e+00 : f64
// CHECK-NEXT: %b = arith.constant true
// Arguments in 8-byte slots: int, float, then the bool zero-extended.
// CHECK-NEXT: [[S0:%[0-9]+]] = llvm.getelementptr [[ARGS]][0] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store %n, [[S0]] : i64, !llvm.ptr
// CHECK-NEXT: [[S1:%[0-9]+]] = llvm.getelementptr [[ARGS]][8] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store %x, [[S1]] : f64, !llvm.ptr
// CHECK-NEXT: [[S2:%[0-9]+]] = llvm.getelementptr [[ARGS]][16] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: [[BW:%[0-9]+]] = arith.extui %b : i1 to i64
// CHECK-NEXT: llvm.store [[BW]], [[S2]] : i64, !llvm.ptr
// Options: flags = AITHON_SPAWN_MONITOR (i32 at offset 0), heap_size = 0 at offset 8.
// CHECK-NEXT: [[FLAGS:%[0-9]+]] = arith.constant 2 : i32
// CHECK-NEXT: llvm.store [[FLAGS]], [[OPTS]] : i32, !llvm.ptr
// CHECK-NEXT: [[HEAP:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[HP:%[0-9]+]] = llvm.getelementptr [[OPTS]][8] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store [[HEAP]], [[HP]] : i64, !llvm.ptr
// CHECK-NEXT: [[FN:%[0-9]+]] = func.constant @py.worker.actor : (!llvm.ptr, i64) -> ()
// CHECK-NEXT: [[FP:%[0-9]+]] = builtin.unrealized_conversion_cast [[FN]] : (!llvm.ptr, i64) -> () to !llvm.ptr
// CHECK-NEXT: [[SIZE:%[0-9]+]] = arith.constant 24 : i64
// CHECK-NEXT: %p = func.call @aithon_spawn_opt([[FP]], [[ARGS]], [[SIZE]], [[OPTS]]) : (!llvm.ptr, !llvm.ptr, i64, !llvm.ptr) -> i64
// CHECK-NEXT: [[ZERO:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[FAILED:%[0-9]+]] = arith.cmpi eq, %p, [[ZERO]] : i64
// CHECK-NEXT: scf.if [[FAILED]] {
// CHECK-NEXT: [[E:%[0-9]+]] = arith.constant 17 : i32
// CHECK-NEXT: func.call @aithon_raise([[E]]) : (i32) -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// The await: the result is at byte 32 of the DOWN message, an i1 truncated.
// CHECK-NEXT: [[MSG:%[0-9]+]] = func.call @aithon_await_value(%p) : (i64) -> !llvm.ptr
// CHECK-NEXT: [[RP:%[0-9]+]] = llvm.getelementptr [[MSG]][32] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: [[RW:%[0-9]+]] = llvm.load [[RP]] : !llvm.ptr -> i64
// CHECK-NEXT: %r = arith.trunci [[RW]] : i64 to i1
// No arguments: a null buffer of size 0.
// CHECK-NEXT: [[NULL:%[0-9]+]] = llvm.mlir.zero : !llvm.ptr
// CHECK-NEXT: [[FLAGS2:%[0-9]+]] = arith.constant 2 : i32
// CHECK-NEXT: llvm.store [[FLAGS2]], [[OPTS2]] : i32, !llvm.ptr
// CHECK-NEXT: [[HEAP2:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[HP2:%[0-9]+]] = llvm.getelementptr [[OPTS2]][8] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store [[HEAP2]], [[HP2]] : i64, !llvm.ptr
// CHECK-NEXT: [[FN2:%[0-9]+]] = func.constant @py.idle.actor : (!llvm.ptr, i64) -> ()
// CHECK-NEXT: [[FP2:%[0-9]+]] = builtin.unrealized_conversion_cast [[FN2]] : (!llvm.ptr, i64) -> () to !llvm.ptr
// CHECK-NEXT: [[SIZE2:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: %q = func.call @aithon_spawn_opt([[FP2]], [[NULL]], [[SIZE2]], [[OPTS2]]) : (!llvm.ptr, !llvm.ptr, i64, !llvm.ptr) -> i64
// CHECK-NEXT: [[ZERO2:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[FAILED2:%[0-9]+]] = arith.cmpi eq, %q, [[ZERO2]] : i64
// CHECK-NEXT: scf.if [[FAILED2]] {
// CHECK-NEXT: [[E2:%[0-9]+]] = arith.constant 17 : i32
// CHECK-NEXT: func.call @aithon_raise([[E2]]) : (i32) -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// An await without a result only waits: nothing is loaded.
// CHECK-NEXT: func.call @aithon_await_value(%q) : (i64) -> !llvm.ptr
// CHECK-NEXT: func.return
// CHECK-NEXT: }

// A float result is loaded as f64 from the same offset, with no conversion.
func.func private @py.half(%n: i64) -> f64 attributes {actor.behaviour} {
  %h = arith.constant 5.000000e-01 : f64
  func.return %h : f64
}
func.func @py.get_half(%n: i64) -> f64 attributes {actor.behaviour} {
  %p = actor.spawn @py.half(%n) monitored : (i64) -> !actor.pid
  %r = actor.await %p : !actor.pid -> f64
  func.return %r : f64
}
// CHECK-LABEL: func.func @py.get_half(%n: i64) -> f64 attributes {actor.behaviour} {
// CHECK: %p = func.call @aithon_spawn_opt({{.*}}) : (!llvm.ptr, !llvm.ptr, i64, !llvm.ptr) -> i64
// CHECK: [[M:%[0-9]+]] = func.call @aithon_await_value(%p) : (i64) -> !llvm.ptr
// CHECK-NEXT: [[HP:%[0-9]+]] = llvm.getelementptr [[M]][32] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: %r = llvm.load [[HP]] : !llvm.ptr -> f64
// CHECK-NEXT: func.return %r : f64
// CHECK-NEXT: }

func.func @loop(%b: i1) {
  actor.yield_check
  cf.br ^header
^header:
  cf.cond_br %b, ^body, ^exit
^body:
  actor.yield_check loop
  cf.br ^header
^exit:
  func.return
}
// CHECK-LABEL: func.func @loop(%b: i1) {
// The loop check's counter: an i64 slot at the top of the entry block, zeroed.
// CHECK-NEXT: [[CN:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[COUNTER:%[0-9]+]] = llvm.alloca [[CN]] x i64 {actor.loop_counter, alignment = 8 : i64} : (i64) -> !llvm.ptr
// CHECK-NEXT: [[CZ:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: llvm.store [[CZ]], [[COUNTER]] : i64, !llvm.ptr
// The entry check: one reduction spent at each call.
// CHECK-NEXT: [[SP:%[0-9]+]] = llvm.inline_asm "{{mov %rsp, \$0|mov \$0, sp}}", "=r" : () -> i64
// The control block's address, from runtime.h's aithon_actor_block: the
// stack slot is sp >> 23; top = (sp | (2^23 - 1)) + 1;
// block = top - (slot & 15) * 64 - ((slot >> 4) & 63) * 4096 - 768.
// CHECK-NEXT: [[C23:%[0-9]+]] = arith.constant 23 : i64
// CHECK-NEXT: [[SLOT:%[0-9]+]] = arith.shrui [[SP]], [[C23]] : i64
// CHECK-NEXT: [[MASK:%[0-9]+]] = arith.constant 8388607 : i64
// CHECK-NEXT: [[OR:%[0-9]+]] = arith.ori [[SP]], [[MASK]] : i64
// CHECK-NEXT: [[C1:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[TOP:%[0-9]+]] = arith.addi [[OR]], [[C1]] : i64
// CHECK-NEXT: [[C15:%[0-9]+]] = arith.constant 15 : i64
// CHECK-NEXT: [[L0:%[0-9]+]] = arith.andi [[SLOT]], [[C15]] : i64
// CHECK-NEXT: [[C64:%[0-9]+]] = arith.constant 64 : i64
// CHECK-NEXT: [[LINE:%[0-9]+]] = arith.muli [[L0]], [[C64]] : i64
// CHECK-NEXT: [[C4:%[0-9]+]] = arith.constant 4 : i64
// CHECK-NEXT: [[P0:%[0-9]+]] = arith.shrui [[SLOT]], [[C4]] : i64
// CHECK-NEXT: [[C63:%[0-9]+]] = arith.constant 63 : i64
// CHECK-NEXT: [[P1:%[0-9]+]] = arith.andi [[P0]], [[C63]] : i64
// CHECK-NEXT: [[C4096:%[0-9]+]] = arith.constant 4096 : i64
// CHECK-NEXT: [[PAGE:%[0-9]+]] = arith.muli [[P1]], [[C4096]] : i64
// CHECK-NEXT: [[T1:%[0-9]+]] = arith.subi [[TOP]], [[LINE]] : i64
// CHECK-NEXT: [[T2:%[0-9]+]] = arith.subi [[T1]], [[PAGE]] : i64
// CHECK-NEXT: [[C768:%[0-9]+]] = arith.constant 768 : i64
// CHECK-NEXT: [[BLOCK:%[0-9]+]] = arith.subi [[T2]], [[C768]] : i64
// CHECK-NEXT: [[BP:%[0-9]+]] = llvm.inttoptr [[BLOCK]] : i64 to !llvm.ptr
// ...and its budget (at offset 0) is decremented.
// CHECK-NEXT: [[OLD:%[0-9]+]] = llvm.load [[BP]] : !llvm.ptr -> i64
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[NEW:%[0-9]+]] = arith.subi [[OLD]], [[ONE]] : i64
// CHECK-NEXT: llvm.store [[NEW]], [[BP]] : i64, !llvm.ptr
// CHECK-NEXT: [[Z:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[SPENT:%[0-9]+]] = arith.cmpi sle, [[NEW]], [[Z]] : i64
// CHECK-NEXT: scf.if [[SPENT]] {
// CHECK-NEXT: llvm.call preserve_allcc @aithon_yield_preserving() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// CHECK-NEXT: cf.br ^[[HEADER:[a-z0-9_]+]]
// CHECK-NEXT: ^[[HEADER]]:
// CHECK-NEXT: cf.cond_br %b, ^[[BODY:[a-z0-9_]+]], ^[[EXIT:[a-z0-9_]+]]
// The back-edge check: counter + 1, and the same check when (counter & 63) == 0.
// CHECK-NEXT: ^[[BODY]]:
// CHECK-NEXT: [[OLDC:%[0-9]+]] = llvm.load [[COUNTER]] : !llvm.ptr -> i64
// CHECK-NEXT: [[ONEC:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[NEWC:%[0-9]+]] = arith.addi [[OLDC]], [[ONEC]] : i64
// CHECK-NEXT: llvm.store [[NEWC]], [[COUNTER]] : i64, !llvm.ptr
// CHECK-NEXT: [[C63B:%[0-9]+]] = arith.constant 63 : i64
// CHECK-NEXT: [[LOW:%[0-9]+]] = arith.andi [[NEWC]], [[C63B]] : i64
// CHECK-NEXT: [[ZB:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[DUE:%[0-9]+]] = arith.cmpi eq, [[LOW]], [[ZB]] : i64
// CHECK-NEXT: scf.if [[DUE]] {
// CHECK-NEXT: llvm.inline_asm "{{mov %rsp, \$0|mov \$0, sp}}", "=r" : () -> i64
// CHECK: llvm.inttoptr
// CHECK-NEXT: llvm.load
// CHECK: arith.cmpi sle
// CHECK-NEXT: scf.if
// CHECK-NEXT: llvm.call preserve_allcc @aithon_yield_preserving() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// CHECK-NEXT: cf.br ^[[HEADER]]
// CHECK-NEXT: ^[[EXIT]]:
// CHECK-NEXT: func.return
// CHECK-NEXT: }

// The runtime functions are declared, then one entry point per spawned callee.
// CHECK-DAG: func.func private @aithon_spawn_opt(!llvm.ptr, !llvm.ptr, i64, !llvm.ptr) -> i64
// CHECK-DAG: func.func private @aithon_raise(i32) -> ()
// CHECK-DAG: func.func private @aithon_await_value(i64) -> !llvm.ptr
// CHECK-DAG: llvm.func preserve_allcc @aithon_yield_preserving()

// Entry points come in callee-name order, internal (only their address
// escapes).  The result slot is allocated first, so the alloca is static.
// A float result is stored as is.
// CHECK-LABEL: func.func private @py.half.actor(%0: !llvm.ptr, %1: i64) attributes {llvm.linkage = #llvm.linkage<"internal">} {
// CHECK-NEXT: [[HC:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[HB:%[0-9]+]] = llvm.alloca [[HC]] x i64 {alignment = 16 : i64} : (i64) -> !llvm.ptr
// CHECK-NEXT: [[H0:%[0-9]+]] = llvm.getelementptr %0[0] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: [[HN:%[0-9]+]] = llvm.load [[H0]] : !llvm.ptr -> i64
// CHECK-NEXT: [[HR:%[0-9]+]] = func.call @py.half([[HN]]) : (i64) -> f64
// CHECK-NEXT: [[HS:%[0-9]+]] = llvm.getelementptr [[HB]][0] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store [[HR]], [[HS]] : f64, !llvm.ptr
// CHECK-NEXT: [[H8:%[0-9]+]] = arith.constant 8 : i64
// CHECK-NEXT: func.call @aithon_set_result([[HB]], [[H8]]) : (!llvm.ptr, i64) -> ()
// CHECK-NEXT: func.return
// CHECK-NEXT: }
// CHECK: func.func private @aithon_set_result(!llvm.ptr, i64) -> ()

// No arguments and no result: just the call, no aithon_set_result.
// CHECK-LABEL: func.func private @py.idle.actor(%0: !llvm.ptr, %1: i64) attributes {llvm.linkage = #llvm.linkage<"internal">} {
// CHECK-NEXT: func.call @py.idle() : () -> ()
// CHECK-NEXT: func.return
// CHECK-NEXT: }

// Three slots: the bool is truncated from its i64 slot, and the bool result
// zero-extended into the result slot.
// CHECK-LABEL: func.func private @py.worker.actor(%0: !llvm.ptr, %1: i64) attributes {llvm.linkage = #llvm.linkage<"internal">} {
// CHECK-NEXT: [[WC:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[WRB:%[0-9]+]] = llvm.alloca [[WC]] x i64 {alignment = 16 : i64} : (i64) -> !llvm.ptr
// CHECK-NEXT: [[W0:%[0-9]+]] = llvm.getelementptr %0[0] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: [[WN:%[0-9]+]] = llvm.load [[W0]] : !llvm.ptr -> i64
// CHECK-NEXT: [[W1:%[0-9]+]] = llvm.getelementptr %0[8] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: [[WX:%[0-9]+]] = llvm.load [[W1]] : !llvm.ptr -> f64
// CHECK-NEXT: [[W2:%[0-9]+]] = llvm.getelementptr %0[16] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: [[WBW:%[0-9]+]] = llvm.load [[W2]] : !llvm.ptr -> i64
// CHECK-NEXT: [[WB:%[0-9]+]] = arith.trunci [[WBW]] : i64 to i1
// CHECK-NEXT: [[WR:%[0-9]+]] = func.call @py.worker([[WN]], [[WX]], [[WB]]) : (i64, f64, i1) -> i1
// CHECK-NEXT: [[WS:%[0-9]+]] = llvm.getelementptr [[WRB]][0] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: [[WRW:%[0-9]+]] = arith.extui [[WR]] : i1 to i64
// CHECK-NEXT: llvm.store [[WRW]], [[WS]] : i64, !llvm.ptr
// CHECK-NEXT: [[W8:%[0-9]+]] = arith.constant 8 : i64
// CHECK-NEXT: func.call @aithon_set_result([[WRB]], [[W8]]) : (!llvm.ptr, i64) -> ()
// CHECK-NEXT: func.return
// CHECK-NEXT: }
// Only spawned functions get an entry point.
// CHECK-NOT: @py.main.actor
// CHECK-NOT: @py.get_half.actor

// RUN: %aithon-opt %s -p actor-to-llvm | filecheck %s
// actor-to-llvm on links, monitors, exit signals and supervisors: each op is
// its runtime call; a reason constant is its code (kill = 1), truncated to
// the runtime's int32 for aithon_exit_pid; an Exit or Down is received by
// kind (1, 2) and read as {sender at offset 8, aithon_message_reason};
// actor.child builds an aithon_child_spec {entry, argument slots, size,
// restart} and actor.supervisor stores the specs in an array and the
// supervisor spec {strategy, max_restarts, period, count, children} at
// offsets 0, 4, 8, 16, 24.

func.func private @py.worker(%n: i64, %flag: i1) attributes {actor.behaviour} {
  func.return
}
func.func @py.main() attributes {actor.behaviour} {
  %on = arith.constant true
  %was = actor.trap_exits %on : i1
  %n = arith.constant 4 : i64
  %p = actor.spawn @py.worker(%n, %was) linked : (i64, i1) -> i64
  actor.link %p : i64
  actor.unlink %p : i64
  actor.monitor %p : i64
  %kill = actor.reason "kill" : i64
  actor.exit %p, %kill : i64, i64
  %e = actor.receive as !actor.exit : !llvm.struct<(i64, i64)>
  %why = actor.signal_field %e "reason" : !llvm.struct<(i64, i64)> -> i64
  actor.print_reason %why repr : i64
  %secs = arith.constant 1.000000e+00 : f64
  %d = actor.receive as !actor.down timeout %secs : f64 : !llvm.struct<(i64, i64)>
  %who = actor.signal_field %d "pid" : !llvm.struct<(i64, i64)> -> i64
  %c0 = actor.child @py.worker(%n, %was) "transient" : (i64, i1) -> !actor.child
  %sup = actor.supervisor one_for_all(%c0) max_restarts 2 within 1.5 : i64
  %i = arith.constant 2 : i64
  %q = actor.child_pid %sup[%i] : i64[i64] -> i64
  func.return
}

// CHECK-LABEL: func.func @py.main()
// CHECK: %was = func.call @aithon_trap_exits(%on) : (i1) -> i1
// The spawn's options: flags = LINK (1).
// CHECK: [[LINK:%[0-9]+]] = arith.constant 1 : i32
// CHECK-NEXT: llvm.store [[LINK]], [[OPTIONS:%[0-9]+]] : i32, !llvm.ptr
// CHECK: %p = func.call @aithon_spawn_opt({{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}}, [[OPTIONS]])
// CHECK: func.call @aithon_link(%p) : (i64) -> ()
// CHECK-NEXT: func.call @aithon_unlink(%p) : (i64) -> ()
// CHECK-NEXT: {{%[0-9]+}} = func.call @aithon_monitor(%p) : (i64) -> i64
// CHECK-NEXT: %kill = arith.constant 1 : i64
// CHECK-NEXT: [[CODE:%[0-9]+]] = arith.trunci %kill : i64 to i32
// CHECK-NEXT: func.call @aithon_exit_pid(%p, [[CODE]]) : (i64, i32) -> ()
// CHECK-NEXT: [[FOREVER:%[0-9]+]] = arith.constant -1 : i64
// CHECK-NEXT: [[EXIT:%[0-9]+]] = arith.constant 1 : i32
// CHECK-NEXT: [[M:%[0-9]+]] = func.call @aithon_receive_kind([[EXIT]], [[FOREVER]]) : (i32, i64) -> !llvm.ptr
// CHECK-NEXT: [[FROM:%[0-9]+]] = llvm.getelementptr [[M]][8] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: [[PID:%[0-9]+]] = llvm.load [[FROM]] : !llvm.ptr -> i64
// CHECK-NEXT: [[WORD:%[0-9]+]] = func.call @aithon_message_reason([[M]]) : (!llvm.ptr) -> i64
// CHECK-NEXT: [[U:%[0-9]+]] = llvm.mlir.undef : !llvm.struct<(i64, i64)>
// CHECK-NEXT: [[S:%[0-9]+]] = llvm.insertvalue [[PID]], [[U]][0] : !llvm.struct<(i64, i64)>
// CHECK-NEXT: %e = llvm.insertvalue [[WORD]], [[S]][1] : !llvm.struct<(i64, i64)>
// CHECK-NEXT: %why = llvm.extractvalue %e[1] : !llvm.struct<(i64, i64)>
// CHECK-NEXT: [[REPR:%[0-9]+]] = arith.constant true
// CHECK-NEXT: func.call @aithon_print_reason(%why, [[REPR]]) : (i64, i1) -> ()
// A Down with a timeout: NULL raises TimeoutError (18).
// CHECK: [[DOWN:%[0-9]+]] = arith.constant 2 : i32
// CHECK-NEXT: [[DM:%[0-9]+]] = func.call @aithon_receive_kind([[DOWN]], {{%[0-9]+}}) : (i32, i64) -> !llvm.ptr
// CHECK: %d = scf.if {{%[0-9]+}} -> (!llvm.struct<(i64, i64)>) {
// CHECK: func.call @aithon_message_reason([[DM]])
// CHECK: } else {
// CHECK-NEXT: [[TIMEOUT:%[0-9]+]] = arith.constant 18 : i32
// CHECK-NEXT: func.call @aithon_raise([[TIMEOUT]]) : (i32) -> ()
// CHECK: %who = llvm.extractvalue %d[0] : !llvm.struct<(i64, i64)>
// The child spec: the arguments in slots, the entry point, 16 bytes, transient (1).
// CHECK-NEXT: [[A0:%[0-9]+]] = llvm.getelementptr [[ARGS:%[0-9]+]][0] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store %n, [[A0]] : i64, !llvm.ptr
// CHECK: [[ENTRY:%[0-9]+]] = func.constant @py.worker.actor : (!llvm.ptr, i64) -> ()
// CHECK-NEXT: [[FN:%[0-9]+]] = builtin.unrealized_conversion_cast [[ENTRY]] : (!llvm.ptr, i64) -> () to !llvm.ptr
// CHECK-NEXT: [[SIZE:%[0-9]+]] = arith.constant 16 : i64
// CHECK-NEXT: [[TRANSIENT:%[0-9]+]] = arith.constant 1 : i32
// CHECK-NEXT: [[C:%[0-9]+]] = llvm.mlir.undef : !llvm.struct<(!llvm.ptr, !llvm.ptr, i64, i32)>
// CHECK-NEXT: [[C1:%[0-9]+]] = llvm.insertvalue [[FN]], [[C]][0]
// CHECK-NEXT: [[C2:%[0-9]+]] = llvm.insertvalue [[ARGS]], [[C1]][1]
// CHECK-NEXT: [[C3:%[0-9]+]] = llvm.insertvalue [[SIZE]], [[C2]][2]
// CHECK-NEXT: %c0 = llvm.insertvalue [[TRANSIENT]], [[C3]][3]
// CHECK-NEXT: [[SLOT0:%[0-9]+]] = llvm.getelementptr [[CHILDREN:%[0-9]+]][0] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store %c0, [[SLOT0]] : !llvm.struct<(!llvm.ptr, !llvm.ptr, i64, i32)>, !llvm.ptr
// The supervisor spec: one_for_all (1), 2 restarts within 1.5 s, 1 child.
// CHECK-NEXT: [[STRATEGY:%[0-9]+]] = arith.constant 1 : i32
// CHECK-NEXT: [[MAX:%[0-9]+]] = arith.constant 2 : i32
// CHECK-NEXT: [[WITHIN:%[0-9]+]] = arith.constant 1.500000e+00 : f64
// CHECK-NEXT: [[COUNT:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[F0:%[0-9]+]] = llvm.getelementptr [[SPEC:%[0-9]+]][0] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store [[STRATEGY]], [[F0]] : i32, !llvm.ptr
// CHECK-NEXT: [[F1:%[0-9]+]] = llvm.getelementptr [[SPEC]][4] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store [[MAX]], [[F1]] : i32, !llvm.ptr
// CHECK-NEXT: [[F2:%[0-9]+]] = llvm.getelementptr [[SPEC]][8] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store [[WITHIN]], [[F2]] : f64, !llvm.ptr
// CHECK-NEXT: [[F3:%[0-9]+]] = llvm.getelementptr [[SPEC]][16] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store [[COUNT]], [[F3]] : i64, !llvm.ptr
// CHECK-NEXT: [[F4:%[0-9]+]] = llvm.getelementptr [[SPEC]][24] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK-NEXT: llvm.store [[CHILDREN]], [[F4]] : !llvm.ptr, !llvm.ptr
// CHECK-NEXT: %sup = func.call @aithon_supervisor_start([[SPEC]]) : (!llvm.ptr) -> i64
// CHECK: %q = func.call @aithon_child_pid(%sup, %i) : (i64, i64) -> i64
// Both the spawn and the child spec need the worker's entry point.
// CHECK-LABEL: func.func private @py.worker.actor(

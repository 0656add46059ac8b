// RUN: %aithon-opt %s -p actor-to-llvm | filecheck %s
// actor-to-llvm on messages: actor.self is aithon_self; actor.send stores
// the message's type tag (FNV-1a of the type's text: -68633630924812428 is
// !py.int) and its slots, a tuple flattened; actor.receive asks
// aithon_receive_tagged for that tag and reads the slots after it (offset 40
// = the message's data + 8); with a timeout, a NULL message gives the
// default or raises error 18 (TimeoutError).  Tuples are flattened the same
// way through spawn arguments, entry points and await results.

func.func private @py.worker(%parent: i64, %pair: !llvm.struct<(i64, f64)>) -> !llvm.struct<(i1, i64)> attributes {actor.behaviour} {
  %b = arith.constant true
  %u = llvm.mlir.undef : !llvm.struct<(i1, i64)>
  %r0 = llvm.insertvalue %b, %u[0] : !llvm.struct<(i1, i64)>
  %r1 = llvm.insertvalue %parent, %r0[1] : !llvm.struct<(i1, i64)>
  func.return %r1 : !llvm.struct<(i1, i64)>
}
func.func @py.main(%pair: !llvm.struct<(i64, f64)>) -> !llvm.struct<(i1, i64)> attributes {actor.behaviour} {
  %me = actor.self : i64
  %p = actor.spawn @py.worker(%me, %pair) : (i64, !llvm.struct<(i64, f64)>) -> i64
  actor.send %p, %pair as !py.tuple<!py.int, !py.float> : i64, !llvm.struct<(i64, f64)>
  %n = actor.receive as !py.int : i64
  %secs = arith.constant 5.000000e-01 : f64
  %d = arith.constant 0.000000e+00 : f64
  %x = actor.receive as !py.float timeout %secs : f64 default %d : f64
  %y = actor.receive as !actor.pid timeout %secs : f64 : i64
  %q = actor.spawn @py.worker(%y, %pair) monitored : (i64, !llvm.struct<(i64, f64)>) -> i64
  %r = actor.await %q : i64 -> !llvm.struct<(i1, i64)>
  func.return %r : !llvm.struct<(i1, i64)>
}

// CHECK-LABEL: func.func @py.main(
// CHECK: %me = func.call @aithon_self() : () -> i64
// A tuple argument takes one slot per item: 24 bytes for (pid, (int, float)).
// CHECK: [[X0:%[0-9]+]] = llvm.extractvalue %pair[0] : !llvm.struct<(i64, f64)>
// CHECK: [[X1:%[0-9]+]] = llvm.extractvalue %pair[1] : !llvm.struct<(i64, f64)>
// CHECK: %p = func.call @aithon_spawn_opt({{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}})
// The send: the tag of tuple[int, float] in slot 0, the items after it.
// CHECK: [[TAG:%[0-9]+]] = arith.constant -7486580865143552902 : i64
// CHECK-NEXT: llvm.store [[TAG]], [[BUF:%[0-9]+]] : i64, !llvm.ptr
// CHECK-NEXT: [[I0:%[0-9]+]] = llvm.extractvalue %pair[0]
// CHECK-NEXT: [[S1:%[0-9]+]] = llvm.getelementptr [[BUF]][8]
// CHECK-NEXT: llvm.store [[I0]], [[S1]] : i64, !llvm.ptr
// CHECK-NEXT: [[I1:%[0-9]+]] = llvm.extractvalue %pair[1]
// CHECK-NEXT: [[S2:%[0-9]+]] = llvm.getelementptr [[BUF]][16]
// CHECK-NEXT: llvm.store [[I1]], [[S2]] : f64, !llvm.ptr
// CHECK-NEXT: [[SIZE:%[0-9]+]] = arith.constant 24 : i64
// CHECK-NEXT: func.call @aithon_send(%p, [[BUF]], [[SIZE]]) : (i64, !llvm.ptr, i64) -> i1
// A receive without timeout waits forever (-1) and is never NULL.
// CHECK-NEXT: [[FOREVER:%[0-9]+]] = arith.constant -1 : i64
// CHECK-NEXT: [[INT_TAG:%[0-9]+]] = arith.constant -68633630924812428 : i64
// CHECK-NEXT: [[M:%[0-9]+]] = func.call @aithon_receive_tagged([[INT_TAG]], [[FOREVER]])
// CHECK-NEXT: [[AT:%[0-9]+]] = llvm.getelementptr [[M]][40]
// CHECK-NEXT: %n = llvm.load [[AT]] : !llvm.ptr -> i64
// A timeout in seconds becomes nanoseconds, capped, and 0 unless positive.
// CHECK: [[NS:%[0-9]+]] = arith.mulf %secs, {{%[0-9]+}} : f64
// CHECK: arith.fptosi
// CHECK: [[POS:%[0-9]+]] = arith.cmpf ogt, %secs, {{%[0-9]+}} : f64
// CHECK: [[WAIT:%[0-9]+]] = arith.select [[POS]]
// CHECK: [[MF:%[0-9]+]] = func.call @aithon_receive_tagged({{%[0-9]+}}, [[WAIT]])
// CHECK: %x = scf.if {{%[0-9]+}} -> (f64) {
// CHECK: llvm.load {{%[0-9]+}} : !llvm.ptr -> f64
// CHECK: } else {
// CHECK-NEXT: scf.yield %d : f64
// Without a default, a timeout raises TimeoutError (18).
// CHECK: %y = scf.if {{%[0-9]+}} -> (i64) {
// CHECK: } else {
// CHECK-NEXT: [[E18:%[0-9]+]] = arith.constant 18 : i32
// CHECK-NEXT: func.call @aithon_raise([[E18]]) : (i32) -> ()
// A tuple result is rebuilt from the DOWN message's slots (offsets 32, 40).
// CHECK: [[DOWN:%[0-9]+]] = func.call @aithon_await_value(%q)
// CHECK-NEXT: [[R0:%[0-9]+]] = llvm.mlir.undef : !llvm.struct<(i1, i64)>
// CHECK-NEXT: [[A0:%[0-9]+]] = llvm.getelementptr [[DOWN]][32]
// CHECK-NEXT: [[W0:%[0-9]+]] = llvm.load [[A0]] : !llvm.ptr -> i64
// CHECK-NEXT: [[B0:%[0-9]+]] = arith.trunci [[W0]] : i64 to i1
// CHECK-NEXT: [[R1:%[0-9]+]] = llvm.insertvalue [[B0]], [[R0]][0]
// CHECK-NEXT: [[A1:%[0-9]+]] = llvm.getelementptr [[DOWN]][40]
// CHECK-NEXT: [[W1:%[0-9]+]] = llvm.load [[A1]] : !llvm.ptr -> i64
// CHECK-NEXT: %r = llvm.insertvalue [[W1]], [[R1]][1]

// The entry point unpacks a tuple parameter from two slots and flattens the
// tuple result into two slots (16 bytes) for aithon_set_result.
// CHECK-LABEL: func.func private @py.worker.actor(
// CHECK: [[P0:%[0-9]+]] = llvm.load {{%[0-9]+}} : !llvm.ptr -> i64
// CHECK: [[E0:%[0-9]+]] = llvm.getelementptr %0[8]
// CHECK: [[E1:%[0-9]+]] = llvm.getelementptr %0[16]
// CHECK: [[CALL:%[0-9]+]] = func.call @py.worker([[P0]], {{%[0-9]+}})
// CHECK: arith.extui {{%[0-9]+}} : i1 to i64
// CHECK: [[RS:%[0-9]+]] = arith.constant 16 : i64
// CHECK-NEXT: func.call @aithon_set_result({{%[0-9]+}}, [[RS]])

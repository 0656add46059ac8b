// RUN: %aithon-opt %s -p py-to-std,lower-fast-paths-to-cf | filecheck %s
// lower-fast-paths-to-cf turns each scf.if of the fast paths into a
// cond_br diamond whose join block takes the results as block arguments, in
// one linear walk (mlir-opt's convert-scf-to-cf is quadratic in the number of
// scf.ifs in a block).  Ops after the if move into the join block, in order.

func.func @two_adds(%a: !py.int, %b: !py.int) -> !py.int {
  %r = py.add %a, %b : !py.int
  %s = py.add %r, %b : !py.int
  func.return %s : !py.int
}
// CHECK-LABEL: func.func @two_adds(%a: i64, %b: i64) -> i64 {
// CHECK-NOT: scf.
// CHECK: cf.cond_br [[FAST1:%[0-9]+]], ^[[THEN1:bb[0-9]+]], ^[[ELSE1:bb[0-9]+]]
// CHECK-NEXT: ^[[THEN1]]:
// CHECK-NEXT: cf.br ^[[JOIN1:bb[0-9]+]]([[SUM1:%[0-9]+]] : i64)
// CHECK-NEXT: ^[[ELSE1]]:
// CHECK-NEXT: [[SLOW1:%[0-9]+]] = func.call @aithon_int_add(%a, %b) : (i64, i64) -> i64
// CHECK-NEXT: cf.br ^[[JOIN1]]([[SLOW1]] : i64)
// CHECK-NEXT: ^[[JOIN1]]([[R:%[a-z0-9]+]]: i64):
// The second add uses the first one's joined result.
// CHECK-NEXT: llvm.call_intrinsic "llvm.sadd.with.overflow.i64"([[R]], %b)
// CHECK: cf.cond_br {{%[0-9]+}}, ^[[THEN2:bb[0-9]+]], ^[[ELSE2:bb[0-9]+]]
// CHECK: func.call @aithon_int_add([[R]], %b)
// CHECK: ^{{bb[0-9]+}}([[S:%[a-z0-9]+]]: i64):
// CHECK-NEXT: func.return [[S]] : i64
// CHECK-NOT: scf.

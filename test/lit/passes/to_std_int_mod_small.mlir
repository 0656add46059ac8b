// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// x % c with a small constant c is small whatever x is (|x % c| < |c|), so
// py-to-std tells LLVM with llvm.assume that the result's tag bit is clear;
// later tag tests on it then fold away.  A variable divisor gives no such fact.

func.func @by_constant(%x: !py.int) -> !py.int {
  %c = py.int 7
  %r = py.mod %x, %c : !py.int
  func.return %r : !py.int
}
// CHECK-LABEL: func.func @by_constant(%x: i64) -> i64 {
// CHECK: %r = scf.if
// CHECK: func.call @aithon_int_mod(%x, %c)
// CHECK: }
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[TAG:%[0-9]+]] = arith.andi %r, [[ONE]] : i64
// CHECK-NEXT: [[ZERO:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[SMALL:%[0-9]+]] = arith.cmpi eq, [[TAG]], [[ZERO]] : i64
// CHECK-NEXT: llvm.call_intrinsic "llvm.assume"([[SMALL]]) : (i1) -> ()
// CHECK-NEXT: func.return %r : i64

func.func @by_variable(%x: !py.int, %y: !py.int) -> !py.int {
  %r = py.mod %x, %y : !py.int
  func.return %r : !py.int
}
// CHECK-LABEL: func.func @by_variable(
// CHECK-NOT: llvm.assume
// CHECK: func.return %r : i64

// RUN: %aithon-opt %s -p py-fold-constants,py-to-std | filecheck %s
// -p takes a comma-separated list of passes, run in order: folding first
// leaves only the folded constant for the lowering.

func.func @f() -> !py.int {
  %a = py.int 6
  %b = py.int 7
  %m = py.mul %a, %b : !py.int
  func.return %m : !py.int
}
// CHECK-LABEL: func.func @f() -> i64 {
// CHECK-NEXT: %m = arith.constant 84 : i64
// CHECK-NEXT: func.return %m : i64
// CHECK-NEXT: }
// CHECK-NOT: @aithon_int_mul

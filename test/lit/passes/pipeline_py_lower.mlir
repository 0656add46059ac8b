// RUN: %aithon-opt %s -p py-lower | filecheck %s
// RUN: %aithon-opt %s -p py-optimize | filecheck --check-prefix=OPT %s
// The named pipelines: py-optimize = py-fold-constants, py-lower =
// py-fold-constants, async-to-actor, insert-yield-checks, py-to-std,
// actor-to-llvm, lower-fast-paths-to-cf (tools/list_passes.mlir spells that out).  A constant expression is folded first, so
// only its (tagged) result reaches the lowering: no fast path, no runtime call.

func.func @f() -> !py.int {
  %a = py.int 6
  %b = py.int 7
  %m = py.mul %a, %b : !py.int
  %c = py.int -1
  %r = py.floordiv %m, %c : !py.int
  func.return %r : !py.int
}
// OPT-LABEL: func.func @f() -> !py.int {
// OPT-NEXT: %r = py.int -42
// OPT-NEXT: func.return %r : !py.int

// CHECK-LABEL: func.func @f() -> i64 {
// The function's yield check comes first, then the folded constant.
// CHECK: llvm.inline_asm
// CHECK: llvm.call preserve_allcc @aithon_yield_preserving() : () -> ()
// CHECK: %r = arith.constant -84 : i64
// CHECK-NEXT: func.return %r : i64
// CHECK-NEXT: }
// CHECK-NOT: scf.if
// CHECK-NOT: @aithon_int

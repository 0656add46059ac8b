// RUN: %aithon-translate --lower %s | filecheck %s
// RUN: not %aithon-translate %s 2>&1 | filecheck --check-prefix=NOLOWER %s
// With --lower, func/arith/scf are first lowered to the llvm dialect;
// without it, mlir-translate refuses them and the error is reported.

func.func @pick(%c: i1, %a: f64, %b: f64) -> f64 {
  %r = scf.if %c -> (f64) {
    %m = arith.mulf %a, %b : f64
    scf.yield %m : f64
  } else {
    scf.yield %b : f64
  }
  func.return %r : f64
}
// CHECK: define double @pick(i1 %0, double %1, double %2) {
// CHECK: br i1 %0,
// CHECK: fmul double %1, %2
// CHECK: phi double
// CHECK: ret double

// NOLOWER: aithon-translate: error: mlir-translate-22 failed:
// NOLOWER: translate_lower.mlir:{{[0-9]+}}:{{[0-9]+}}: error: Dialect `scf' not found for custom op 'scf.if'

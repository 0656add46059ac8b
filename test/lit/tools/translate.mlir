// RUN: %aithon-translate %s | filecheck %s
// aithon-translate turns LLVM-dialect MLIR into LLVM IR.

module {
  llvm.func @add3(%a: i64, %b: i64, %c: i64) -> i64 {
    %0 = llvm.add %a, %b : i64
    %1 = llvm.add %0, %c : i64
    llvm.return %1 : i64
  }
  llvm.func @ext(f64) -> f64
}
// CHECK: define i64 @add3(i64 %0, i64 %1, i64 %2) {
// CHECK-NEXT: [[S:%[0-9]+]] = add i64 %0, %1
// CHECK-NEXT: [[T:%[0-9]+]] = add i64 [[S]], %2
// CHECK-NEXT: ret i64 [[T]]
// CHECK-NEXT: }
// CHECK: declare double @ext(double)

// RUN: %aithon-opt %s -p py-lower --lower-to-llvm | filecheck %s
// RUN: %aithon-opt %s -p py-lower --lower-to-llvm | filecheck --check-prefix=ONLY-LLVM %s
// --lower-to-llvm continues with mlir-opt's standard lowering: the result is
// in the llvm dialect only (scf.if became branches), with the target triple.

func.func @add(%a: !py.int, %b: !py.int) -> !py.int {
  %r = py.add %a, %b : !py.int
  func.return %r : !py.int
}
// CHECK: module attributes {llvm.target_triple = "{{.+}}"}
// CHECK: llvm.func @add(%{{.*}}: i64 {{.*}}, %{{.*}}: i64 {{.*}}) -> i64
// CHECK: llvm.call_intrinsic "llvm.sadd.with.overflow.i64"
// CHECK: llvm.cond_br
// CHECK: llvm.call @aithon_int_add
// CHECK: llvm.func @aithon_int_add(i64, i64) -> i64
// ONLY-LLVM-NOT: {{scf\.|func\.|arith\.|py\.}}

// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// py.int_is_small needs at least one operand.

func.func @f() -> i1 {
  %s = "py.int_is_small"() : () -> i1
  func.return %s : i1
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}verify_int_is_small.mlir: error: py.int_is_small needs at least one operand

// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// py.bool holds 0 or 1 (only reachable through the generic syntax).

func.func @bad() {
  %b = "py.bool"() <{value = #builtin.int<2>}> : () -> !py.bool
  func.return
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}verify_bool_value.mlir: error: py.bool holds 0 (False) or 1 (True)
// CHECK-NOT: Traceback

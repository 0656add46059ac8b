// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// py.global_load/py.global_store must name a py.global of the module, of the
// value's type: the verifier looks the symbol up in the module's symbol table.
// (Missing symbols and py.global_store: test/unit/test_dialect.py.)

py.global @py.limit : !py.float
func.func @f() {
  %0 = py.global_load @py.limit : !py.int
  func.return
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}verify_global_type.mlir: error: py.global_load: '@py.limit' holds !py.float, not !py.int
// CHECK-NOT: Traceback

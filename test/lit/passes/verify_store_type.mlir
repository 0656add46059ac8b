// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// A slot holds values of one type.

func.func @bad(%i: !py.int) {
  %s = py.alloca "x" : !py.ref<!py.float>
  py.store %i, %s : !py.int, !py.ref<!py.float>
  func.return
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}verify_store_type.mlir: error: py.store value type must be the slot's type
// CHECK-NOT: Traceback

// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck --strict-whitespace %s
// An op the py dialect does not have is a parse error, not a Python traceback.

func.func @bad() {
  %x = py.frobnicate 3
  func.return
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}parse_unknown_op.mlir:5:{{[0-9]+}}: error: Operation py.frobnicate is not registered
// CHECK-NEXT: {{^}}  %x = py.frobnicate 3{{$}}
// CHECK-NEXT: {{^ *\^$}}
// CHECK-NOT: Traceback

// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck --strict-whitespace %s
// In the custom syntax py.add has one type for both operands, so an operand
// of another type is a parse error, reported at its position with the line.

func.func @bad(%i: !py.int, %f: !py.float) -> !py.int {
  %r = py.add %i, %f : !py.int
  func.return %r : !py.int
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}parse_type_mismatch.mlir:6:19: error: operand is used with type !py.int, but has been previously used or defined with type !py.float
// CHECK-NEXT: {{^}}  %r = py.add %i, %f : !py.int{{$}}
// CHECK-NEXT: {{^}}                  ^{{$}}
// CHECK-NOT: Traceback

// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// The bounds of py.assume_in_range must be small ints (below 2**62).

func.func @big(%x: !py.int) -> !py.int {
  %r = py.assume_in_range %x, 0, 9223372036854775807
  func.return %r : !py.int
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}verify_assume_in_range_big.mlir: error: py.assume_in_range bounds must be small ints, got [0, 9223372036854775807)

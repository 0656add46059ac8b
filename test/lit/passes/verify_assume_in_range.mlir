// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// py.assume_in_range needs lo < hi, both small ints.

func.func @empty(%x: !py.int) -> !py.int {
  %r = py.assume_in_range %x, 5, 5
  func.return %r : !py.int
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}verify_assume_in_range.mlir: error: py.assume_in_range needs lo < hi, got [5, 5)

// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// py.cmp knows six predicates.

func.func @bad(%i: !py.int, %f: !py.float) -> !py.bool {
  %r = py.cmp lq, %i, %f : !py.int, !py.float
  func.return %r : !py.bool
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}verify_cmp_predicate.mlir: error: unknown predicate 'lq', expected one of lt, le, gt, ge, eq, ne
// CHECK-NOT: Traceback

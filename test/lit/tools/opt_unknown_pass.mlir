// RUN: %expect-exit 1 %aithon-opt %s -p py-fold-constants,no-such-pass 2>&1 | filecheck %s
// An unknown pass name is an error that lists the known ones.

func.func @f() {
  func.return
}
// CHECK-NOT: Traceback
// CHECK: aithon-opt: error: unknown pass or pipeline 'no-such-pass' (known: actor-to-llvm, async-to-actor, insert-yield-checks, lower-fast-paths-to-cf, py-fold-constants, py-lower, py-optimize, py-tail-recursion, py-to-std)
// CHECK-NOT: Traceback

// RUN: %expect-exit 1 %aithon-opt %s -p actor-to-llvm 2>&1 | filecheck %s
// The actor.spawn verifier refuses a callee the module does not define
// (before, the lowering failed later with no useful message).

func.func @f() {
  %p = actor.spawn @nope() monitored : () -> !actor.pid
  func.return
}

// CHECK: error: actor.spawn callee @nope is not defined
// CHECK-NOT: Traceback

// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// The py.await verifier refuses a callee the module does not define, as
// actor.spawn's does (before, it let it through to a later failure).

func.func @f() attributes {py.async} {
  py.await @py.nothere() : () -> ()
  func.return
}

// CHECK: error: py.await callee @py.nothere is not defined
// CHECK-NOT: Traceback

// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// The supervisor's verifier refuses a spec the runtime would refuse
// (aithon_supervisor_start: at most 10000 restarts).

func.func @f() {
  %s = actor.supervisor one_for_one() max_restarts 10001 within 1.0 : !actor.pid
  func.return
}

// CHECK: max_restarts must be in 0..10000
// CHECK-NOT: Traceback

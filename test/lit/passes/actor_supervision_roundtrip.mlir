// RUN: %aithon-opt %s | filecheck %s
// RUN: %aithon-opt %s | %aithon-opt | filecheck %s
// The supervision ops of the actor dialect print as they parse, on py types
// (before py-to-std), so irgen's output can be read back and rerun.

func.func private @py.worker(%n: !py.int) attributes {py.async} {
  func.return
}
func.func @py.main(%p: !actor.pid, %n: !py.int, %on: !py.bool) attributes {py.async} {
  %was = actor.trap_exits %on : !py.bool
  actor.link %p : !actor.pid
  actor.unlink %p : !actor.pid
  actor.monitor %p : !actor.pid
  %r = actor.reason "shutdown" : !actor.reason
  actor.exit %p, %r : !actor.pid, !actor.reason
  %d = actor.receive as !actor.down : !actor.down
  %why = actor.signal_field %d "reason" : !actor.down -> !actor.reason
  actor.print_reason %why repr : !actor.reason
  %c0 = actor.child @py.worker(%n) "temporary" : (!py.int) -> !actor.child
  %s = actor.supervisor one_for_one(%c0, %c0) max_restarts 0 within 0.25 : !actor.pid
  %none = actor.supervisor one_for_all() max_restarts 10000 within 5.0 : !actor.pid
  %q = actor.child_pid %s[%n] : !actor.pid[!py.int] -> !actor.pid
  %l = actor.spawn @py.worker(%n) linked : (!py.int) -> !actor.pid
  func.return
}

// CHECK: %was = actor.trap_exits %on : !py.bool
// CHECK-NEXT: actor.link %p : !actor.pid
// CHECK-NEXT: actor.unlink %p : !actor.pid
// CHECK-NEXT: actor.monitor %p : !actor.pid
// CHECK-NEXT: %r = actor.reason "shutdown" : !actor.reason
// CHECK-NEXT: actor.exit %p, %r : !actor.pid, !actor.reason
// CHECK-NEXT: %d = actor.receive as !actor.down : !actor.down
// CHECK-NEXT: %why = actor.signal_field %d "reason" : !actor.down -> !actor.reason
// CHECK-NEXT: actor.print_reason %why repr : !actor.reason
// CHECK-NEXT: %c0 = actor.child @py.worker(%n) "temporary" : (!py.int) -> !actor.child
// CHECK-NEXT: %s = actor.supervisor one_for_one(%c0, %c0) max_restarts 0 within 0.25 : !actor.pid
// CHECK-NEXT: %none = actor.supervisor one_for_all() max_restarts 10000 within 5.0 : !actor.pid
// CHECK-NEXT: %q = actor.child_pid %s[%n] : !actor.pid[!py.int] -> !actor.pid
// CHECK-NEXT: %l = actor.spawn @py.worker(%n) linked : (!py.int) -> !actor.pid

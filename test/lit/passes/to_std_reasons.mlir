// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// py-to-std on reasons: ==/!= compare the reason words, and the truth of a
// reason is a constant (true; `not` false), never the int test, since the
// word of actors.NORMAL is 0.  Exit and Down values become {pid, word}
// structs; their ops are left for actor-to-llvm.

func.func @py.reasons(%a: !actor.reason, %b: !actor.reason, %e: !actor.exit) -> (!py.bool, !py.bool, i1, !py.bool) {
  %eq = py.cmp eq, %a, %b : !actor.reason, !actor.reason
  %ne = py.cmp ne, %a, %b : !actor.reason, !actor.reason
  %t = py.is_true %a : !actor.reason
  %n = py.not %b : !actor.reason
  %w = actor.signal_field %e "reason" : !actor.exit -> !actor.reason
  func.return %eq, %ne, %t, %n : !py.bool, !py.bool, i1, !py.bool
}

// CHECK-LABEL: func.func @py.reasons(%a: i64, %b: i64, %e: !llvm.struct<(i64, i64)>) -> (i1, i1, i1, i1) {
// CHECK-NEXT: %eq = arith.cmpi eq, %a, %b : i64
// CHECK-NEXT: %ne = arith.cmpi ne, %a, %b : i64
// CHECK-NEXT: %t = arith.constant true
// CHECK-NEXT: %n = arith.constant false
// CHECK-NEXT: %w = actor.signal_field %e "reason" : !llvm.struct<(i64, i64)> -> i64
// CHECK-NEXT: func.return %eq, %ne, %t, %n : i1, i1, i1, i1

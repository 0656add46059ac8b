// RUN: %aithon-opt %s -p insert-yield-checks | filecheck %s
// insert-yield-checks: one actor.yield_check at the entry of every function
// with a body (after the entry block's py.alloca slots, before the first other
// op), and one marked `loop` on every loop back-edge (actor-to-llvm makes
// that one spend a reduction every 64 iterations).  An unconditional back-edge gets the
// check just before its cf.br; a conditional one is split through a new block
// that takes the edge's arguments, checks, and branches on to the header, so
// that the exit edge pays nothing.  Forward branches get no check.

// No loop: only the entry check, after both allocas.
func.func @entry(%n: !py.int) -> !py.int {
  %s = py.alloca "n" : !py.ref<!py.int>
  %t = py.alloca "t" : !py.ref<!py.int>
  py.store %n, %s : !py.int, !py.ref<!py.int>
  %v = py.load %s : !py.ref<!py.int> -> !py.int
  func.return %v : !py.int
}
// CHECK-LABEL: func.func @entry(%n: !py.int) -> !py.int {
// CHECK-NEXT: %s = py.alloca "n" : !py.ref<!py.int>
// CHECK-NEXT: %t = py.alloca "t" : !py.ref<!py.int>
// CHECK-NEXT: actor.yield_check{{$}}
// CHECK-NEXT: py.store %n, %s : !py.int, !py.ref<!py.int>
// CHECK-NEXT: %v = py.load %s : !py.ref<!py.int> -> !py.int
// CHECK-NEXT: func.return %v : !py.int
// CHECK-NEXT: }

// A function with no alloca: the check is its first op.
func.func @empty() {
  func.return
}
// CHECK-LABEL: func.func @empty() {
// CHECK-NEXT: actor.yield_check{{$}}
// CHECK-NEXT: func.return
// CHECK-NEXT: }

// A while loop as irgen builds it: the body's unconditional `cf.br ^header`
// is the back-edge; the header's cond_br and the entry's cf.br are not.
func.func @while_loop(%n: !py.int) {
  %s = py.alloca "n" : !py.ref<!py.int>
  py.store %n, %s : !py.int, !py.ref<!py.int>
  cf.br ^header
^header:
  %v = py.load %s : !py.ref<!py.int> -> !py.int
  %zero = py.int 0
  %c = py.cmp gt, %v, %zero : !py.int, !py.int
  %b = py.is_true %c : !py.bool
  cf.cond_br %b, ^body, ^exit
^body:
  %one = py.int 1
  %w = py.sub %v, %one : !py.int
  py.store %w, %s : !py.int, !py.ref<!py.int>
  cf.br ^header
^exit:
  func.return
}
// CHECK-LABEL: func.func @while_loop(%n: !py.int) {
// CHECK-NEXT: %s = py.alloca "n" : !py.ref<!py.int>
// CHECK-NEXT: actor.yield_check{{$}}
// CHECK-NEXT: py.store %n, %s : !py.int, !py.ref<!py.int>
// CHECK-NEXT: cf.br ^[[HEADER:[a-z0-9_]+]]
// CHECK-NEXT: ^[[HEADER]]:
// CHECK-NEXT: %v = py.load %s : !py.ref<!py.int> -> !py.int
// CHECK-NEXT: %zero = py.int 0
// CHECK-NEXT: %c = py.cmp gt, %v, %zero : !py.int, !py.int
// CHECK-NEXT: %b = py.is_true %c : !py.bool
// CHECK-NEXT: cf.cond_br %b, ^[[BODY:[a-z0-9_]+]], ^[[EXIT:[a-z0-9_]+]]
// CHECK-NEXT: ^[[BODY]]:
// CHECK-NEXT: %one = py.int 1
// CHECK-NEXT: %w = py.sub %v, %one : !py.int
// CHECK-NEXT: py.store %w, %s : !py.int, !py.ref<!py.int>
// CHECK-NEXT: actor.yield_check loop{{$}}
// CHECK-NEXT: cf.br ^[[HEADER]]
// CHECK-NEXT: ^[[EXIT]]:
// CHECK-NEXT: func.return
// CHECK-NEXT: }

// A loop closed by a conditional branch with block arguments (the true edge
// loops): the landing block carries the arguments and the check, the exit
// edge ^done keeps branching directly.
func.func @cond_back_edge(%x: i64) -> i64 {
  cf.br ^loop(%x, %x : i64, i64)
^loop(%i: i64, %acc: i64):
  %one = arith.constant 1 : i64
  %j = arith.subi %i, %one : i64
  %a = arith.addi %acc, %i : i64
  %zero = arith.constant 0 : i64
  %more = arith.cmpi sgt, %j, %zero : i64
  cf.cond_br %more, ^loop(%j, %a : i64, i64), ^done(%a : i64)
^done(%r: i64):
  func.return %r : i64
}
// CHECK-LABEL: func.func @cond_back_edge(%x: i64) -> i64 {
// CHECK-NEXT: actor.yield_check{{$}}
// CHECK-NEXT: cf.br ^[[LOOP:[a-z0-9_]+]](%x, %x : i64, i64)
// CHECK-NEXT: ^[[LOOP]](%i: i64, %acc: i64):
// CHECK-NEXT: %one = arith.constant 1 : i64
// CHECK-NEXT: %j = arith.subi %i, %one : i64
// CHECK-NEXT: %a = arith.addi %acc, %i : i64
// CHECK-NEXT: %zero = arith.constant 0 : i64
// CHECK-NEXT: %more = arith.cmpi sgt, %j, %zero : i64
// CHECK-NEXT: cf.cond_br %more, ^[[LAND:[a-z0-9_]+]](%j, %a : i64, i64), ^[[DONE:[a-z0-9_]+]](%a : i64)
// CHECK-NEXT: ^[[LAND]]([[J:%[0-9a-z_]+]]: i64, [[A:%[0-9a-z_]+]]: i64):
// CHECK-NEXT: actor.yield_check loop{{$}}
// CHECK-NEXT: cf.br ^[[LOOP]]([[J]], [[A]] : i64, i64)
// CHECK-NEXT: ^[[DONE]](%r: i64):
// CHECK-NEXT: func.return %r : i64
// CHECK-NEXT: }

// The same with the false edge looping (a do-while whose exit is the true edge).
func.func @cond_back_edge_else(%x: i64) -> i64 {
  cf.br ^loop(%x : i64)
^loop(%i: i64):
  %one = arith.constant 1 : i64
  %j = arith.subi %i, %one : i64
  %zero = arith.constant 0 : i64
  %stop = arith.cmpi sle, %j, %zero : i64
  cf.cond_br %stop, ^done, ^loop(%j : i64)
^done:
  func.return %j : i64
}
// CHECK-LABEL: func.func @cond_back_edge_else(%x: i64) -> i64 {
// CHECK-NEXT: actor.yield_check{{$}}
// CHECK-NEXT: cf.br ^[[LOOP:[a-z0-9_]+]](%x : i64)
// CHECK-NEXT: ^[[LOOP]](%i: i64):
// CHECK-NEXT: %one = arith.constant 1 : i64
// CHECK-NEXT: %j = arith.subi %i, %one : i64
// CHECK-NEXT: %zero = arith.constant 0 : i64
// CHECK-NEXT: %stop = arith.cmpi sle, %j, %zero : i64
// CHECK-NEXT: cf.cond_br %stop, ^[[DONE:[a-z0-9_]+]], ^[[LAND:[a-z0-9_]+]](%j : i64)
// CHECK-NEXT: ^[[LAND]]([[J:%[0-9a-z_]+]]: i64):
// CHECK-NEXT: actor.yield_check loop{{$}}
// CHECK-NEXT: cf.br ^[[LOOP]]([[J]] : i64)
// CHECK-NEXT: ^[[DONE]]:
// CHECK-NEXT: func.return %j : i64
// CHECK-NEXT: }

// Nested loops: each back-edge (the inner one and the outer one) gets its
// check; the inner loop's exit into the outer latch does not.
func.func @nested(%a: i1, %b: i1) {
  cf.br ^outer
^outer:
  cf.cond_br %a, ^inner, ^exit
^inner:
  cf.cond_br %b, ^inner_body, ^latch
^inner_body:
  cf.br ^inner
^latch:
  cf.br ^outer
^exit:
  func.return
}
// CHECK-LABEL: func.func @nested(%a: i1, %b: i1) {
// CHECK-NEXT: actor.yield_check{{$}}
// CHECK-NEXT: cf.br ^[[OUTER:[a-z0-9_]+]]
// CHECK-NEXT: ^[[OUTER]]:
// CHECK-NEXT: cf.cond_br %a, ^[[INNER:[a-z0-9_]+]], ^[[EXIT:[a-z0-9_]+]]
// CHECK-NEXT: ^[[INNER]]:
// CHECK-NEXT: cf.cond_br %b, ^[[BODY:[a-z0-9_]+]], ^[[LATCH:[a-z0-9_]+]]
// CHECK-NEXT: ^[[BODY]]:
// CHECK-NEXT: actor.yield_check loop{{$}}
// CHECK-NEXT: cf.br ^[[INNER]]
// CHECK-NEXT: ^[[LATCH]]:
// CHECK-NEXT: actor.yield_check loop{{$}}
// CHECK-NEXT: cf.br ^[[OUTER]]
// CHECK-NEXT: ^[[EXIT]]:
// CHECK-NEXT: func.return
// CHECK-NEXT: }

// Forward branches only (an if/else joining): the entry check and no other.
func.func @forward(%b: i1) -> i64 {
  cf.cond_br %b, ^then, ^else
^then:
  %one = arith.constant 1 : i64
  cf.br ^join(%one : i64)
^else:
  %two = arith.constant 2 : i64
  cf.br ^join(%two : i64)
^join(%r: i64):
  func.return %r : i64
}
// CHECK-LABEL: func.func @forward(%b: i1) -> i64 {
// CHECK-NEXT: actor.yield_check{{$}}
// CHECK-NEXT: cf.cond_br %b, ^[[THEN:[a-z0-9_]+]], ^[[ELSE:[a-z0-9_]+]]
// CHECK-NEXT: ^[[THEN]]:
// CHECK-NEXT: %one = arith.constant 1 : i64
// CHECK-NEXT: cf.br ^[[JOIN:[a-z0-9_]+]](%one : i64)
// CHECK-NEXT: ^[[ELSE]]:
// CHECK-NEXT: %two = arith.constant 2 : i64
// CHECK-NEXT: cf.br ^[[JOIN]](%two : i64)
// CHECK-NEXT: ^[[JOIN]](%r: i64):
// CHECK-NEXT: func.return %r : i64
// CHECK-NEXT: }

// A declaration has no body and gets nothing.
func.func private @decl(i64) -> i64
// CHECK-LABEL: func.func private @decl(i64) -> i64
// CHECK-NOT: actor.yield_check

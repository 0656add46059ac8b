// RUN: %aithon-opt %s -p async-to-actor | filecheck %s
// async-to-actor: `py.await @f(args)` becomes an `actor.spawn ... monitored`
// of f followed by an `actor.await` of its pid, which has the callee's result
// type (or no result for a function returning None).  The `py.async` marker
// of an async function becomes `actor.behaviour`; other functions, and their
// attributes, are left as they are.

func.func @py.worker(%n: !py.int) -> !py.int attributes {py.async} {
  func.return %n : !py.int
}
// CHECK-LABEL: func.func @py.worker(%n: !py.int) -> !py.int attributes {actor.behaviour} {
// CHECK-NEXT: func.return %n : !py.int
// CHECK-NEXT: }

func.func @py.idle(%f: !py.float, %b: !py.bool) attributes {py.async} {
  func.return
}
// CHECK-LABEL: func.func @py.idle(%f: !py.float, %b: !py.bool) attributes {actor.behaviour} {
// CHECK-NEXT: func.return
// CHECK-NEXT: }

func.func @py.main() attributes {py.async} {
  %x = py.int 5
  %r = py.await @py.worker(%x) : (!py.int) -> !py.int
  py.print %r : !py.int
  %f = py.float 1.5
  %b = py.bool true
  py.await @py.idle(%f, %b) : (!py.float, !py.bool) -> ()
  func.return
}
// CHECK-LABEL: func.func @py.main() attributes {actor.behaviour} {
// CHECK-NEXT: %x = py.int 5
// CHECK-NEXT: [[P:%[0-9a-z_]+]] = actor.spawn @py.worker(%x) monitored : (!py.int) -> !actor.pid
// CHECK-NEXT: [[R:%[0-9a-z_]+]] = actor.await [[P]] : !actor.pid -> !py.int
// CHECK-NEXT: py.print [[R]] : !py.int
// CHECK-NEXT: %f = py.float 1.5
// CHECK-NEXT: %b = py.bool true
// CHECK-NEXT: [[Q:%[0-9a-z_]+]] = actor.spawn @py.idle(%f, %b) monitored : (!py.float, !py.bool) -> !actor.pid
// An await of a function returning None has no result.
// CHECK-NEXT: actor.await [[Q]] : !actor.pid{{$}}
// CHECK-NEXT: func.return
// CHECK-NEXT: }

// A function that is not async keeps its attributes and gets no actor.behaviour.
func.func @py.plain(%n: !py.int) -> !py.int attributes {other} {
  %s = func.call @py.helper(%n) : (!py.int) -> !py.int
  func.return %s : !py.int
}
// CHECK-LABEL: func.func @py.plain(%n: !py.int) -> !py.int attributes {other} {
// CHECK-NEXT: %s = func.call @py.helper(%n) : (!py.int) -> !py.int
// CHECK-NEXT: func.return %s : !py.int
// CHECK-NEXT: }

func.func @py.helper(%n: !py.int) -> !py.int {
  func.return %n : !py.int
}
// CHECK-LABEL: func.func @py.helper(%n: !py.int) -> !py.int {
// CHECK-NEXT: func.return %n : !py.int
// CHECK-NEXT: }

// RUN: %aithon-opt %s -p py-tail-recursion | filecheck %s
// py-tail-recursion: a self-call in tail position becomes a branch back to a
// loop header that takes the parameters (and an accumulator) as arguments.

// `return fib(n - 1) + fib(n - 2)`: the last call loops, the pending + goes
// into an accumulator that starts at 0; the other return adds it.
func.func private @py.fib(%n: !py.int) -> !py.int {
  %slot = py.alloca "n" : !py.ref<!py.int>
  py.store %n, %slot : !py.int, !py.ref<!py.int>
  %v = py.load %slot : !py.ref<!py.int> -> !py.int
  %two = py.int 2
  %lt = py.cmp lt, %v, %two : !py.int, !py.int
  %t = py.is_true %lt : !py.bool
  cf.cond_br %t, ^small, ^big
^small:
  %r0 = py.load %slot : !py.ref<!py.int> -> !py.int
  func.return %r0 : !py.int
^big:
  %a = py.load %slot : !py.ref<!py.int> -> !py.int
  %one = py.int 1
  %a1 = py.sub %a, %one : !py.int
  %f1 = func.call @py.fib(%a1) : (!py.int) -> !py.int
  %b = py.load %slot : !py.ref<!py.int> -> !py.int
  %b2 = py.sub %b, %two : !py.int
  %f2 = func.call @py.fib(%b2) : (!py.int) -> !py.int
  %sum = py.add %f1, %f2 : !py.int
  func.return %sum : !py.int
}
// CHECK-LABEL: func.func private @py.fib(%n: !py.int) -> !py.int {
// The entry keeps the alloca, starts the accumulator and enters the loop.
// CHECK-NEXT: %slot = py.alloca "n" : !py.ref<!py.int>
// CHECK-NEXT: [[ZERO:%[0-9]+]] = py.int 0
// CHECK-NEXT: cf.br ^[[LOOP:bb[0-9]+]](%n, [[ZERO]] : !py.int, !py.int)
// CHECK-NEXT: ^[[LOOP]]([[N:%[a-z0-9_]+]]: !py.int, [[ACC:%[a-z0-9_]+]]: !py.int):
// CHECK-NEXT: py.store [[N]], %slot
// CHECK: ^small:
// CHECK-NEXT: %r0 = py.load %slot
// CHECK-NEXT: [[R:%[0-9]+]] = py.add [[ACC]], %r0 : !py.int
// CHECK-NEXT: func.return [[R]] : !py.int
// CHECK: %f1 = func.call @py.fib(%a1)
// CHECK-NEXT: %b = py.load %slot
// CHECK-NEXT: %b2 = py.sub %b, %two
// CHECK-NEXT: [[ACC2:%[0-9]+]] = py.add [[ACC]], %f1 : !py.int
// CHECK-NEXT: cf.br ^[[LOOP]](%b2, [[ACC2]] : !py.int, !py.int)
// CHECK-NEXT: }

// A plain tail call: no accumulator; floats are fine.
func.func private @py.halve(%x: !py.float, %k: !py.int) -> !py.float {
  %zero = py.int 0
  %done = py.cmp eq, %k, %zero : !py.int, !py.int
  %t = py.is_true %done : !py.bool
  cf.cond_br %t, ^out, ^again
^out:
  func.return %x : !py.float
^again:
  %two = py.float 2.0
  %h = py.truediv %x, %two : !py.float
  %one = py.int 1
  %k1 = py.sub %k, %one : !py.int
  %r = func.call @py.halve(%h, %k1) : (!py.float, !py.int) -> !py.float
  func.return %r : !py.float
}
// CHECK-LABEL: func.func private @py.halve(
// CHECK-NEXT: cf.br ^[[LOOP:bb[0-9]+]](%x, %k : !py.float, !py.int)
// CHECK-NEXT: ^[[LOOP]]([[X:%[a-z0-9_]+]]: !py.float, [[K:%[a-z0-9_]+]]: !py.int):
// CHECK: func.return [[X]] : !py.float
// CHECK: %k1 = py.sub [[K]], %one
// CHECK-NEXT: cf.br ^[[LOOP]](%h, %k1 : !py.float, !py.int)

// `x * f(...)` with the call on the right accumulates from 1.
func.func private @py.fact(%n: !py.int) -> !py.int {
  %one = py.int 1
  %le = py.cmp le, %n, %one : !py.int, !py.int
  %t = py.is_true %le : !py.bool
  cf.cond_br %t, ^base, ^step
^base:
  func.return %one : !py.int
^step:
  %m = py.sub %n, %one : !py.int
  %f = func.call @py.fact(%m) : (!py.int) -> !py.int
  %p = py.mul %n, %f : !py.int
  func.return %p : !py.int
}
// CHECK-LABEL: func.func private @py.fact(
// CHECK-NEXT: [[ONE:%[0-9]+]] = py.int 1
// CHECK-NEXT: cf.br ^[[LOOP:bb[0-9]+]](%n, [[ONE]] : !py.int, !py.int)
// CHECK-NEXT: ^[[LOOP]]([[N:%[a-z0-9_]+]]: !py.int, [[ACC:%[a-z0-9_]+]]: !py.int):
// CHECK: [[R:%[0-9]+]] = py.mul [[ACC]], %one : !py.int
// CHECK-NEXT: func.return [[R]]
// CHECK: [[ACC2:%[0-9]+]] = py.mul [[ACC]], [[N]] : !py.int
// CHECK-NEXT: cf.br ^[[LOOP]](%m, [[ACC2]] : !py.int, !py.int)

// Constants and reads of locals may sit between the call and the + or *:
// they cannot be observed, so they now run before the branch back.
func.func private @py.later(%n: !py.int) -> !py.int {
  %slot = py.alloca "n" : !py.ref<!py.int>
  py.store %n, %slot : !py.int, !py.ref<!py.int>
  %f = func.call @py.later(%n) : (!py.int) -> !py.int
  %v = py.load %slot : !py.ref<!py.int> -> !py.int
  %s = py.add %f, %v : !py.int
  func.return %s : !py.int
}
// CHECK-LABEL: func.func private @py.later(
// CHECK-NOT: func.call
// CHECK: %v = py.load %slot
// CHECK-NEXT: [[ACC2:%[0-9]+]] = py.add {{%[0-9]+}}, %v : !py.int
// CHECK-NEXT: cf.br ^{{bb[0-9]+}}(%n_1, [[ACC2]] : !py.int, !py.int)
func.func private @py.times(%n: !py.int) -> !py.int {
  %f = func.call @py.times(%n) : (!py.int) -> !py.int
  %three = py.int 3
  %p = py.mul %f, %three : !py.int
  func.return %p : !py.int
}
// CHECK-LABEL: func.func private @py.times(
// CHECK-NOT: func.call
// CHECK: %three = py.int 3
// CHECK-NEXT: [[ACC2:%[0-9]+]] = py.mul {{%[0-9]+}}, %three : !py.int
// CHECK-NEXT: cf.br

// Not tail sites: an op between the call and the + that is neither pure nor
// a read of a local (here an add: arithmetic is not marked pure, as some of
// it raises; a call or a store would do the same), a call whose result is
// used twice, and + on floats.
func.func private @py.after(%n: !py.int) -> !py.int {
  %f = func.call @py.after(%n) : (!py.int) -> !py.int
  %one = py.int 1
  %m = py.add %n, %one : !py.int
  %s = py.add %f, %m : !py.int
  func.return %s : !py.int
}
func.func private @py.twice(%n: !py.int) -> !py.int {
  %f = func.call @py.twice(%n) : (!py.int) -> !py.int
  %s = py.add %f, %f : !py.int
  func.return %s : !py.int
}
func.func private @py.fsum(%x: !py.float) -> !py.float {
  %f = func.call @py.fsum(%x) : (!py.float) -> !py.float
  %s = py.add %x, %f : !py.float
  func.return %s : !py.float
}
// CHECK-LABEL: func.func private @py.after(
// CHECK-NOT: cf.br
// CHECK: func.call @py.after
// CHECK-LABEL: func.func private @py.twice(
// CHECK-NOT: cf.br
// CHECK: func.call @py.twice
// CHECK-LABEL: func.func private @py.fsum(
// CHECK-NOT: cf.br
// CHECK: func.call @py.fsum

// Both + and * in tail position: only the plain tail call loops.
func.func private @py.mixed(%n: !py.int) -> !py.int {
  %zero = py.int 0
  %c = py.cmp le, %n, %zero : !py.int, !py.int
  %t = py.is_true %c : !py.bool
  cf.cond_br %t, ^add, ^rest
^add:
  %a = func.call @py.mixed(%n) : (!py.int) -> !py.int
  %s = py.add %n, %a : !py.int
  func.return %s : !py.int
^rest:
  %c2 = py.cmp eq, %n, %zero : !py.int, !py.int
  %t2 = py.is_true %c2 : !py.bool
  cf.cond_br %t2, ^mul, ^plain
^mul:
  %m = func.call @py.mixed(%n) : (!py.int) -> !py.int
  %p = py.mul %n, %m : !py.int
  func.return %p : !py.int
^plain:
  %r = func.call @py.mixed(%zero) : (!py.int) -> !py.int
  func.return %r : !py.int
}
// CHECK-LABEL: func.func private @py.mixed(
// CHECK-NEXT: cf.br ^[[LOOP:bb[0-9]+]](%n : !py.int)
// CHECK: %s = py.add
// CHECK-NEXT: func.return %s
// CHECK: %p = py.mul
// CHECK-NEXT: func.return %p
// CHECK: cf.br ^[[LOOP]](%zero : !py.int)

// An async function is an actor's body: left alone.
func.func private @py.worker(%n: !py.int) -> !py.int attributes {py.async} {
  %r = func.call @py.worker(%n) : (!py.int) -> !py.int
  func.return %r : !py.int
}
// CHECK-LABEL: func.func private @py.worker(
// CHECK-NEXT: func.call @py.worker

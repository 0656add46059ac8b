// RUN: %aithon-opt %s -p py-fold-constants | filecheck %s
// py-fold-constants computes int arithmetic with Python's own semantics:
// floor division rounds toward negative infinity, % takes the divisor's sign,
// ints are unbounded.  Results replace the ops; unused constants disappear.

// CHECK-LABEL: func.func @floor_div_mod()
func.func @floor_div_mod() {
  %m7 = py.int -7
  %p7 = py.int 7
  %p2 = py.int 2
  %m2 = py.int -2
  // -7 // 2 == -4 and -7 % 2 == 1 (C would give -3 and -1).
  %a = py.floordiv %m7, %p2 : !py.int
  %b = py.mod %m7, %p2 : !py.int
  // 7 // -2 == -4 and 7 % -2 == -1.
  %c = py.floordiv %p7, %m2 : !py.int
  %d = py.mod %p7, %m2 : !py.int
  // -7 // -2 == 3 and -7 % -2 == -1.
  %e = py.floordiv %m7, %m2 : !py.int
  %f = py.mod %m7, %m2 : !py.int
  py.print %a : !py.int
  py.print %b : !py.int
  py.print %c : !py.int
  py.print %d : !py.int
  py.print %e : !py.int
  py.print %f : !py.int
  func.return
}
// CHECK-NOT: py.floordiv
// CHECK-NOT: py.mod
// CHECK: %a = py.int -4
// CHECK-NEXT: %b = py.int 1
// CHECK-NEXT: %c = py.int -4
// CHECK-NEXT: %d = py.int -1
// CHECK-NEXT: %e = py.int 3
// CHECK-NEXT: %f = py.int -1
// CHECK-NEXT: py.print %a : !py.int
// The operands, now unused, are erased.
// CHECK-NOT: py.int 7
// CHECK-NOT: py.int 2

// CHECK-LABEL: func.func @big_ints()
func.func @big_ints() {
  %max = py.int 4611686018427387903
  %one = py.int 1
  %big = py.int 123456789012345678901234567890
  %neg = py.int -98765432109876543210
  // One past the largest small (tagged) int.
  %s = py.add %max, %one : !py.int
  %p = py.mul %big, %neg : !py.int
  %q = py.floordiv %neg, %big : !py.int
  %r = py.mod %big, %neg : !py.int
  %n = py.neg %neg : !py.int
  %t = py.sub %neg, %big : !py.int
  py.print %s : !py.int
  py.print %p : !py.int
  py.print %q : !py.int
  py.print %r : !py.int
  py.print %n : !py.int
  py.print %t : !py.int
  func.return
}
// CHECK: %s = py.int 4611686018427387904
// CHECK-NEXT: %p = py.int -12193263113702179522496570642237463801111263526900
// CHECK-NEXT: %q = py.int -1
// CHECK-NEXT: %r = py.int -38580246902623456800
// CHECK-NEXT: %n = py.int 98765432109876543210
// CHECK-NEXT: %t = py.int -123456789111111111011111111100

// CHECK-LABEL: func.func @powers()
func.func @powers() {
  %two = py.int 2
  %m3 = py.int -3
  %zero = py.int 0
  %hundred = py.int 100
  %five = py.int 5
  %e1 = py.int 4097
  %minus1 = py.int -1
  %a = py.pow %two, %hundred : !py.int
  %b = py.pow %m3, %five : !py.int
  %c = py.pow %zero, %zero : !py.int
  // A negative exponent gives a float (or ZeroDivisionError for 0): left to run time.
  %d = py.pow %two, %minus1 : !py.int
  %e = py.pow %zero, %minus1 : !py.int
  // Results over 4096 bits are left to run time to keep binaries small.
  %f = py.pow %two, %e1 : !py.int
  py.print %a : !py.int
  py.print %b : !py.int
  py.print %c : !py.int
  py.print %d : !py.int
  py.print %e : !py.int
  py.print %f : !py.int
  func.return
}
// CHECK: %a = py.int 1267650600228229401496703205376
// CHECK-NEXT: %b = py.int -243
// CHECK-NEXT: %c = py.int 1
// CHECK-NEXT: %d = py.pow %two, %minus1 : !py.int
// CHECK-NEXT: %e = py.pow %zero, %minus1 : !py.int
// CHECK-NEXT: %f = py.pow %two, %e1 : !py.int

// CHECK-LABEL: func.func @zero_divisors()
func.func @zero_divisors() {
  %seven = py.int 7
  %zero = py.int 0
  // ZeroDivisionError must happen at run time, where CPython raises it.
  %a = py.floordiv %seven, %zero : !py.int
  %b = py.mod %seven, %zero : !py.int
  %c = py.truediv %seven, %zero : !py.int
  py.print %a : !py.int
  py.print %b : !py.int
  py.print %c : !py.float
  func.return
}
// CHECK: %a = py.floordiv %seven, %zero : !py.int
// CHECK-NEXT: %b = py.mod %seven, %zero : !py.int
// CHECK-NEXT: %c = py.truediv %seven, %zero : !py.int

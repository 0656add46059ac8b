// RUN: %aithon-opt %s -p py-fold-constants | filecheck %s
// Float folding gives CPython's exact results (printed with repr(), so every
// bit is visible); operations that raise at run time in CPython are kept.

// CHECK-LABEL: func.func @arith()
func.func @arith() {
  %a = py.float 0.1
  %b = py.float 0.2
  %c = py.float -7.5
  %d = py.float 2.0
  %e = py.float 7.5
  %f = py.float -2.0
  %m1 = py.float -1.0
  %z = py.float 0.0
  %sum = py.add %a, %b : !py.float
  %fd = py.floordiv %c, %d : !py.float
  %md = py.mod %e, %f : !py.float
  %pw = py.pow %d, %m1 : !py.float
  %ng = py.neg %z : !py.float
  py.print %sum : !py.float
  py.print %fd : !py.float
  py.print %md : !py.float
  py.print %pw : !py.float
  py.print %ng : !py.float
  func.return
}
// CHECK: %sum = py.float 0.30000000000000004
// CHECK-NEXT: %fd = py.float -4.0
// CHECK-NEXT: %md = py.float -0.5
// CHECK-NEXT: %pw = py.float 0.5
// CHECK-NEXT: %ng = py.float -0.0

// CHECK-LABEL: func.func @int_division_and_conversion()
func.func @int_division_and_conversion() {
  %seven = py.int 7
  %two = py.int 2
  %one = py.int 1
  %three = py.int 3
  %big = py.int 9007199254740993
  %q = py.truediv %seven, %two : !py.int
  %third = py.truediv %one, %three : !py.int
  // 2**53 + 1 rounds to 2**53 (round half to even), as float() does.
  %bf = py.int_to_float %big
  py.print %q : !py.float
  py.print %third : !py.float
  py.print %bf : !py.float
  func.return
}
// CHECK: %q = py.float 3.5
// CHECK-NEXT: %third = py.float 0.3333333333333333
// CHECK-NEXT: %bf = py.float 9007199254740992.0

// CHECK-LABEL: func.func @not_folded()
func.func @not_folded() {
  %one = py.float 1.0
  %zero = py.float 0.0
  %ten = py.float 10.0
  %e400 = py.float 400.0
  %m8 = py.float -8.0
  %half = py.float 0.5
  %m1 = py.float -1.0
  // ZeroDivisionError: float division by zero / float floor division by zero / float modulo.
  %a = py.truediv %one, %zero : !py.float
  %b = py.floordiv %one, %zero : !py.float
  %c = py.mod %one, %zero : !py.float
  // ZeroDivisionError: 0.0 cannot be raised to a negative power.
  %d = py.pow %zero, %m1 : !py.float
  // OverflowError.
  %e = py.pow %ten, %e400 : !py.float
  // A complex result in CPython.
  %f = py.pow %m8, %half : !py.float
  py.print %a : !py.float
  py.print %b : !py.float
  py.print %c : !py.float
  py.print %d : !py.float
  py.print %e : !py.float
  py.print %f : !py.float
  func.return
}
// CHECK: %a = py.truediv %one, %zero : !py.float
// CHECK-NEXT: %b = py.floordiv %one, %zero : !py.float
// CHECK-NEXT: %c = py.mod %one, %zero : !py.float
// CHECK-NEXT: %d = py.pow %zero, %m1 : !py.float
// CHECK-NEXT: %e = py.pow %ten, %e400 : !py.float
// CHECK-NEXT: %f = py.pow %m8, %half : !py.float

// CHECK-LABEL: func.func @comparisons()
func.func @comparisons() {
  %big = py.int 9007199254740993
  %f53 = py.float 9007199254740992.0
  %inf = py.float inf
  %ninf = py.float -inf
  %nan = py.float nan
  %one = py.int 1
  // Exact: 2**53 + 1 != 2**53 even though float(2**53 + 1) == 2**53.
  %eq = py.cmp eq, %big, %f53 : !py.int, !py.float
  %gt = py.cmp gt, %big, %f53 : !py.int, !py.float
  %lt = py.cmp lt, %ninf, %one : !py.float, !py.int
  %nan_ne = py.cmp ne, %nan, %nan : !py.float, !py.float
  %nan_eq = py.cmp eq, %nan, %nan : !py.float, !py.float
  %nan_lt = py.cmp lt, %nan, %inf : !py.float, !py.float
  py.print %eq : !py.bool
  py.print %gt : !py.bool
  py.print %lt : !py.bool
  py.print %nan_ne : !py.bool
  py.print %nan_eq : !py.bool
  py.print %nan_lt : !py.bool
  func.return
}
// CHECK: %eq = py.bool false
// CHECK-NEXT: %gt = py.bool true
// CHECK-NEXT: %lt = py.bool true
// CHECK-NEXT: %nan_ne = py.bool true
// CHECK-NEXT: %nan_eq = py.bool false
// CHECK-NEXT: %nan_lt = py.bool false

// CHECK-LABEL: func.func @bools()
func.func @bools() {
  %t = py.bool true
  %f = py.bool false
  %zero = py.float 0.0
  %i = py.bool_to_int %t
  %n1 = py.not %f : !py.bool
  %n2 = py.not %zero : !py.float
  %s = py.add %i, %i : !py.int
  py.print %s : !py.int
  py.print %n1 : !py.bool
  py.print %n2 : !py.bool
  func.return
}
// True + True == 2; not False; not 0.0.
// CHECK-DAG: %s = py.int 2
// CHECK-DAG: %n1 = py.bool true
// CHECK-DAG: %n2 = py.bool true
// CHECK-NOT: py.bool_to_int
// CHECK-NOT: py.not
// CHECK: py.print %s : !py.int

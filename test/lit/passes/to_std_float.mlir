// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// Floats are f64.  +, -, * and unary - are plain arith ops; / checks for a
// zero divisor first (ZeroDivisionError is runtime code 4) because IEEE
// division would give inf; //, % and ** follow CPython's rules in the runtime.

func.func @arith(%a: !py.float, %b: !py.float) -> !py.float {
  %s = py.add %a, %b : !py.float
  %d = py.sub %s, %b : !py.float
  %m = py.mul %d, %b : !py.float
  %q = py.truediv %m, %b : !py.float
  %fd = py.floordiv %q, %b : !py.float
  %md = py.mod %fd, %b : !py.float
  %pw = py.pow %md, %b : !py.float
  %ng = py.neg %pw : !py.float
  func.return %ng : !py.float
}
// CHECK-LABEL: func.func @arith(%a: f64, %b: f64) -> f64 {
// CHECK-NEXT: %s = arith.addf %a, %b : f64
// CHECK-NEXT: %d = arith.subf %s, %b : f64
// CHECK-NEXT: %m = arith.mulf %d, %b : f64
// CHECK-NEXT: [[Z:%[0-9]+]] = arith.constant 0.000000e+00 : f64
// CHECK-NEXT: [[ISZ:%[0-9]+]] = arith.cmpf oeq, %b, [[Z]] : f64
// CHECK-NEXT: scf.if [[ISZ]] {
// CHECK-NEXT: [[CODE:%[0-9]+]] = arith.constant 4 : i32
// CHECK-NEXT: func.call @aithon_raise([[CODE]]) : (i32) -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// CHECK-NEXT: %q = arith.divf %m, %b : f64
// CHECK-NEXT: %fd = func.call @aithon_float_floordiv(%q, %b) : (f64, f64) -> f64
// CHECK-NEXT: %md = func.call @aithon_float_mod(%fd, %b) : (f64, f64) -> f64
// CHECK-NEXT: %pw = func.call @aithon_float_pow(%md, %b) : (f64, f64) -> f64
// CHECK-NEXT: %ng = arith.negf %pw : f64
// CHECK-NEXT: func.return %ng : f64

func.func @compare(%a: !py.float, %b: !py.float) -> !py.bool {
  %lt = py.cmp lt, %a, %b : !py.float, !py.float
  %ge = py.cmp ge, %a, %b : !py.float, !py.float
  %eq = py.cmp eq, %a, %b : !py.float, !py.float
  %ne = py.cmp ne, %a, %b : !py.float, !py.float
  py.print %lt : !py.bool
  py.print %ge : !py.bool
  py.print %eq : !py.bool
  func.return %ne : !py.bool
}
// Ordered predicates (false on NaN), except != which is unordered (true on NaN).
// CHECK-LABEL: func.func @compare(%a: f64, %b: f64) -> i1 {
// CHECK-NEXT: %lt = arith.cmpf olt, %a, %b : f64
// CHECK-NEXT: %ge = arith.cmpf oge, %a, %b : f64
// CHECK-NEXT: %eq = arith.cmpf oeq, %a, %b : f64
// CHECK-NEXT: %ne = arith.cmpf une, %a, %b : f64

func.func @mixed(%n: !py.int, %x: !py.float) -> !py.bool {
  %lt = py.cmp lt, %n, %x : !py.int, !py.float
  func.return %lt : !py.bool
}
// int < float is computed as float > int.  Small ints with |v| <= 2**53
// convert to double exactly; anything else asks the runtime, whose 3-way
// answer is 1 for "greater".
// CHECK-LABEL: func.func @mixed(%n: i64, %x: f64) -> i1 {
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[V:%[0-9]+]] = arith.shrsi %n, [[ONE]] : i64
// CHECK: [[LO:%[0-9]+]] = arith.constant -9007199254740992 : i64
// CHECK-NEXT: arith.cmpi sge, [[V]], [[LO]] : i64
// CHECK-NEXT: [[HI:%[0-9]+]] = arith.constant 9007199254740992 : i64
// CHECK-NEXT: arith.cmpi sle, [[V]], [[HI]] : i64
// CHECK: %lt = scf.if {{%[0-9]+}} -> (i1) {
// CHECK-NEXT: [[D:%[0-9]+]] = arith.sitofp [[V]] : i64 to f64
// CHECK-NEXT: [[C:%[0-9]+]] = arith.cmpf ogt, %x, [[D]] : f64
// CHECK-NEXT: scf.yield [[C]] : i1
// CHECK-NEXT: } else {
// CHECK-NEXT: [[R:%[0-9]+]] = func.call @aithon_float_int_cmp(%x, %n) : (f64, i64) -> i32
// CHECK-NEXT: [[GT:%[0-9]+]] = arith.constant 1 : i32
// CHECK-NEXT: [[C2:%[0-9]+]] = arith.cmpi eq, [[R]], [[GT]] : i32
// CHECK-NEXT: scf.yield [[C2]] : i1

func.func @mixed_ne(%x: !py.float, %n: !py.int) -> !py.bool {
  %ne = py.cmp ne, %x, %n : !py.float, !py.int
  func.return %ne : !py.bool
}
// != is true for -1, 1, and 2 (NaN).
// CHECK-LABEL: func.func @mixed_ne(%x: f64, %n: i64) -> i1 {
// CHECK: arith.cmpf une, %x, {{%[0-9]+}} : f64
// CHECK: [[R:%[0-9]+]] = func.call @aithon_float_int_cmp(%x, %n) : (f64, i64) -> i32
// CHECK-NEXT: [[M1:%[0-9]+]] = arith.constant -1 : i32
// CHECK-NEXT: [[A:%[0-9]+]] = arith.cmpi eq, [[R]], [[M1]] : i32
// CHECK-NEXT: [[P1:%[0-9]+]] = arith.constant 1 : i32
// CHECK-NEXT: [[B:%[0-9]+]] = arith.cmpi eq, [[R]], [[P1]] : i32
// CHECK-NEXT: [[NAN:%[0-9]+]] = arith.constant 2 : i32
// CHECK-NEXT: [[C:%[0-9]+]] = arith.cmpi eq, [[R]], [[NAN]] : i32
// CHECK-NEXT: [[AB:%[0-9]+]] = arith.ori [[A]], [[B]] : i1
// CHECK-NEXT: [[ABC:%[0-9]+]] = arith.ori [[AB]], [[C]] : i1
// CHECK-NEXT: scf.yield [[ABC]] : i1

// CHECK-DAG: func.func private @aithon_raise(i32) -> ()
// CHECK-DAG: func.func private @aithon_float_floordiv(f64, f64) -> f64
// CHECK-DAG: func.func private @aithon_float_mod(f64, f64) -> f64
// CHECK-DAG: func.func private @aithon_float_pow(f64, f64) -> f64
// CHECK-DAG: func.func private @aithon_float_int_cmp(f64, i64) -> i32

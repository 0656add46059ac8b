// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// Floor division and modulo of small ints are inlined with the sign fix-up
// that turns C's truncating division into Python's flooring one; zero
// divisors, big ints, and SMALL_MIN // -1 (whose quotient is not small) go to
// the runtime, which also raises ZeroDivisionError.  ** and int / int always
// call the runtime.

func.func @floordiv(%a: !py.int, %b: !py.int) -> !py.int {
  %r = py.floordiv %a, %b : !py.int
  func.return %r : !py.int
}
// CHECK-LABEL: func.func @floordiv(%a: i64, %b: i64) -> i64 {
// CHECK: [[Z:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[NZ:%[0-9]+]] = arith.cmpi ne, %b, [[Z]] : i64
// The tagged words of -2**62 and -1.
// CHECK-NEXT: [[MIN:%[0-9]+]] = arith.constant -9223372036854775808 : i64
// CHECK-NEXT: [[ISMIN:%[0-9]+]] = arith.cmpi eq, %a, [[MIN]] : i64
// CHECK-NEXT: [[M1:%[0-9]+]] = arith.constant -2 : i64
// CHECK-NEXT: [[ISM1:%[0-9]+]] = arith.cmpi eq, %b, [[M1]] : i64
// CHECK: %r = scf.if {{%[0-9]+}} -> (i64) {
// (2a) / (2b) = a / b: the quotient comes out untagged.
// CHECK-NEXT: [[Q:%[0-9]+]] = arith.divsi %a, %b : i64
// CHECK-NEXT: [[R:%[0-9]+]] = arith.remsi %a, %b : i64
// Subtract 1 when the remainder is non-zero and its sign differs from b's.
// CHECK-NEXT: [[Z2:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[RNZ:%[0-9]+]] = arith.cmpi ne, [[R]], [[Z2]] : i64
// CHECK-NEXT: [[X:%[0-9]+]] = arith.xori [[R]], %b : i64
// CHECK-NEXT: [[Z3:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[DIFF:%[0-9]+]] = arith.cmpi slt, [[X]], [[Z3]] : i64
// CHECK-NEXT: [[FIX:%[0-9]+]] = arith.andi [[RNZ]], [[DIFF]] : i1
// CHECK-NEXT: [[ADJ:%[0-9]+]] = arith.extui [[FIX]] : i1 to i64
// CHECK-NEXT: [[FL:%[0-9]+]] = arith.subi [[Q]], [[ADJ]] : i64
// Re-tag.
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[T:%[0-9]+]] = arith.shli [[FL]], [[ONE]] : i64
// CHECK-NEXT: scf.yield [[T]] : i64
// CHECK-NEXT: } else {
// CHECK-NEXT: [[S:%[0-9]+]] = func.call @aithon_int_floordiv(%a, %b) : (i64, i64) -> i64
// CHECK-NEXT: scf.yield [[S]] : i64

func.func @mod(%a: !py.int, %b: !py.int) -> !py.int {
  %r = py.mod %a, %b : !py.int
  func.return %r : !py.int
}
// (2a) rem (2b) = 2(a rem b): the remainder stays tagged; add b when the signs differ.
// CHECK-LABEL: func.func @mod(%a: i64, %b: i64) -> i64 {
// CHECK: arith.ori %a, %b : i64
// CHECK: [[SMALL:%[0-9]+]] = arith.cmpi eq, {{%[0-9]+}}, {{%[0-9]+}} : i64
// CHECK-NEXT: [[Z:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[NZ:%[0-9]+]] = arith.cmpi ne, %b, [[Z]] : i64
// CHECK-NEXT: [[OK:%[0-9]+]] = arith.andi [[SMALL]], [[NZ]] : i1
// CHECK-NEXT: %r = scf.if [[OK]] -> (i64) {
// CHECK-NEXT: [[R:%[0-9]+]] = arith.remsi %a, %b : i64
// CHECK: [[FIX:%[0-9]+]] = arith.andi {{%[0-9]+}}, {{%[0-9]+}} : i1
// CHECK-NEXT: [[RB:%[0-9]+]] = arith.addi [[R]], %b : i64
// CHECK-NEXT: [[SEL:%[0-9]+]] = arith.select [[FIX]], [[RB]], [[R]] : i64
// CHECK-NEXT: scf.yield [[SEL]] : i64
// CHECK-NEXT: } else {
// CHECK-NEXT: func.call @aithon_int_mod(%a, %b) : (i64, i64) -> i64

func.func @neg(%a: !py.int) -> !py.int {
  %r = py.neg %a : !py.int
  func.return %r : !py.int
}
// -(-2**62) is not small.
// CHECK-LABEL: func.func @neg(%a: i64) -> i64 {
// CHECK: [[Z:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[N:%[0-9]+]] = arith.subi [[Z]], %a : i64
// CHECK: [[MIN:%[0-9]+]] = arith.constant -9223372036854775808 : i64
// CHECK-NEXT: arith.cmpi ne, %a, [[MIN]] : i64
// CHECK: %r = scf.if {{%[0-9]+}} -> (i64) {
// CHECK-NEXT: scf.yield [[N]] : i64
// CHECK-NEXT: } else {
// CHECK-NEXT: func.call @aithon_int_neg(%a) : (i64) -> i64

func.func @pow_truediv(%a: !py.int, %b: !py.int) -> !py.float {
  %p = py.pow %a, %b : !py.int
  %q = py.truediv %p, %b : !py.int
  func.return %q : !py.float
}
// CHECK-LABEL: func.func @pow_truediv(%a: i64, %b: i64) -> f64 {
// CHECK-NEXT: %p = func.call @aithon_int_pow(%a, %b) : (i64, i64) -> i64
// CHECK-NEXT: %q = func.call @aithon_int_truediv(%p, %b) : (i64, i64) -> f64
// CHECK-NEXT: func.return %q : f64

// CHECK-DAG: func.func private @aithon_int_floordiv(i64, i64) -> i64
// CHECK-DAG: func.func private @aithon_int_mod(i64, i64) -> i64
// CHECK-DAG: func.func private @aithon_int_neg(i64) -> i64
// CHECK-DAG: func.func private @aithon_int_pow(i64, i64) -> i64
// CHECK-DAG: func.func private @aithon_int_truediv(i64, i64) -> f64

// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// Small-int facts in py-to-std.
//
// x * c with a small constant c: the tagged word 2x times the untagged c is
// the tagged product, so no shift undoes x's tag, and only x's tag is tested.
// (In `x = x * 48271 % m` that shift sat on the loop-carried chain.)  A
// constant on the left is swapped to the right.

func.func @by_constant(%x: !py.int) -> !py.int {
  %c = py.int 48271
  %r = py.mul %c, %x : !py.int
  func.return %r : !py.int
}
// CHECK-LABEL: func.func @by_constant(%x: i64) -> i64 {
// CHECK-NEXT: %c = arith.constant 96542 : i64
// CHECK-NEXT: [[RAW:%[0-9]+]] = arith.constant 48271 : i64
// CHECK-NEXT: [[PAIR:%[0-9]+]] = llvm.call_intrinsic "llvm.smul.with.overflow.i64"(%x, [[RAW]])
// CHECK-NEXT: [[PRODUCT:%[0-9]+]] = llvm.extractvalue [[PAIR]][0]
// CHECK-NEXT: [[OVERFLOW:%[0-9]+]] = llvm.extractvalue [[PAIR]][1]
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[TAG:%[0-9]+]] = arith.andi %x, [[ONE]] : i64
// CHECK-NOT: arith.shrsi
// CHECK-NOT: arith.ori
// CHECK: %r = scf.if
// CHECK-NEXT: scf.yield [[PRODUCT]] : i64
// CHECK: func.call @aithon_int_mul(%x, %c)

// Two variables: untag one operand, test both tags.
func.func @by_variable(%x: !py.int, %y: !py.int) -> !py.int {
  %r = py.mul %x, %y : !py.int
  func.return %r : !py.int
}
// CHECK-LABEL: func.func @by_variable(
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[HALF:%[0-9]+]] = arith.shrsi %x, [[ONE]] : i64
// CHECK-NEXT: llvm.call_intrinsic "llvm.smul.with.overflow.i64"([[HALF]], %y)
// CHECK: arith.ori %x, %y : i64

// py.int_is_small: one tag test of all the operands OR'ed together.
// py.assume_small: an llvm.assume of the tag test, and the value itself.
func.func @small_facts(%a: !py.int, %b: !py.int, %c: !py.int) -> i1 {
  %s = py.int_is_small %a, %b, %c
  %x = py.assume_small %a
  %r = py.add %x, %b : !py.int
  func.return %s : i1
}
// CHECK-LABEL: func.func @small_facts(
// CHECK-NEXT: [[AB:%[0-9]+]] = arith.ori %a, %b : i64
// CHECK-NEXT: [[ABC:%[0-9]+]] = arith.ori [[AB]], %c : i64
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[TAGS:%[0-9]+]] = arith.andi [[ABC]], [[ONE]] : i64
// CHECK-NEXT: [[ZERO:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: %s = arith.cmpi eq, [[TAGS]], [[ZERO]] : i64
// CHECK-NEXT: [[ONE2:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[TAG:%[0-9]+]] = arith.andi %a, [[ONE2]] : i64
// CHECK-NEXT: [[ZERO2:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[SMALL:%[0-9]+]] = arith.cmpi eq, [[TAG]], [[ZERO2]] : i64
// CHECK-NEXT: llvm.call_intrinsic "llvm.assume"([[SMALL]]) : (i1) -> ()
// The assumed value is %a itself.
// CHECK-NEXT: llvm.call_intrinsic "llvm.sadd.with.overflow.i64"(%a, %b)
// CHECK: func.return %s : i1

// py.assume_in_range: the tag assumption, then lo <= x < hi as signed
// compares of the tagged word with 2lo and 2hi; a bound at the end of the
// small range is left out.  The value itself.
func.func @in_range(%a: !py.int, %b: !py.int) -> !py.int {
  %x = py.assume_in_range %a, 0, 1000
  %y = py.assume_in_range %b, -4611686018427387904, 5
  %r = py.add %x, %y : !py.int
  func.return %r : !py.int
}
// CHECK-LABEL: func.func @in_range(
// CHECK: [[SMALL:%[0-9]+]] = arith.cmpi eq, {{%[0-9]+}}, {{%[0-9]+}} : i64
// CHECK-NEXT: llvm.call_intrinsic "llvm.assume"([[SMALL]]) : (i1) -> ()
// CHECK-NEXT: [[LO:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[GE:%[0-9]+]] = arith.cmpi sge, %a, [[LO]] : i64
// CHECK-NEXT: llvm.call_intrinsic "llvm.assume"([[GE]]) : (i1) -> ()
// CHECK-NEXT: [[HI:%[0-9]+]] = arith.constant 2000 : i64
// CHECK-NEXT: [[LT:%[0-9]+]] = arith.cmpi slt, %a, [[HI]] : i64
// CHECK-NEXT: llvm.call_intrinsic "llvm.assume"([[LT]]) : (i1) -> ()
// %b: the tag, no lower bound (SMALL_MIN), and b < 5.
// CHECK: [[SMALLB:%[0-9]+]] = arith.cmpi eq, {{%[0-9]+}}, {{%[0-9]+}} : i64
// CHECK-NEXT: llvm.call_intrinsic "llvm.assume"([[SMALLB]]) : (i1) -> ()
// CHECK-NEXT: [[HIB:%[0-9]+]] = arith.constant 10 : i64
// CHECK-NEXT: [[LTB:%[0-9]+]] = arith.cmpi slt, %b, [[HIB]] : i64
// CHECK-NEXT: llvm.call_intrinsic "llvm.assume"([[LTB]]) : (i1) -> ()
// The assumed values are %a and %b themselves.
// CHECK-NEXT: llvm.call_intrinsic "llvm.sadd.with.overflow.i64"(%a, %b)

// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// Constants, int comparisons, conversions and truth tests.
//   !py.int → i64 (tagged), !py.float → f64, !py.bool → i1, !py.none → i8.

func.func @constants() -> !py.int {
  %small = py.int 21
  %neg = py.int -3
  %big = py.int 4611686018427387904
  %a = py.add %small, %neg : !py.int
  %b = py.add %a, %big : !py.int
  func.return %b : !py.int
}
// A small int v is the word v << 1; 2**62 does not fit and is built by the
// runtime from its decimal digits (a NUL-terminated private constant).
// CHECK: llvm.mlir.global private constant @[[STR:str\.[0-9]+]]("4611686018427387904\00")
// CHECK-SAME: !llvm.array<20 x i8>
// CHECK-LABEL: func.func @constants() -> i64 {
// CHECK-NEXT: %small = arith.constant 42 : i64
// CHECK-NEXT: %neg = arith.constant -6 : i64
// CHECK-NEXT: [[P:%[0-9]+]] = llvm.mlir.addressof @[[STR]] : !llvm.ptr
// CHECK-NEXT: %big = func.call @aithon_int_from_decimal([[P]]) : (!llvm.ptr) -> i64

func.func @compare(%a: !py.int, %b: !py.int) -> !py.bool {
  %le = py.cmp le, %a, %b : !py.int, !py.int
  func.return %le : !py.bool
}
// Small ints compare as tagged words; otherwise the runtime's 3-way compare.
// CHECK-LABEL: func.func @compare(%a: i64, %b: i64) -> i1 {
// CHECK: [[SMALL:%[0-9]+]] = arith.cmpi eq, {{%[0-9]+}}, {{%[0-9]+}} : i64
// CHECK-NEXT: %le = scf.if [[SMALL]] -> (i1) {
// CHECK-NEXT: [[C:%[0-9]+]] = arith.cmpi sle, %a, %b : i64
// CHECK-NEXT: scf.yield [[C]] : i1
// CHECK-NEXT: } else {
// CHECK-NEXT: [[R:%[0-9]+]] = func.call @aithon_int_cmp(%a, %b) : (i64, i64) -> i32
// CHECK-NEXT: [[Z:%[0-9]+]] = arith.constant 0 : i32
// CHECK-NEXT: [[C2:%[0-9]+]] = arith.cmpi sle, [[R]], [[Z]] : i32
// CHECK-NEXT: scf.yield [[C2]] : i1

func.func @convert(%a: !py.int, %t: !py.bool) -> !py.float {
  %i = py.bool_to_int %t
  %f = py.int_to_float %i
  %g = py.int_to_float %a
  %s = py.add %f, %g : !py.float
  func.return %s : !py.float
}
// bool → int: select between the tagged words of 1 and 0.
// CHECK-LABEL: func.func @convert(%a: i64, %t: i1) -> f64 {
// CHECK-NEXT: [[TWO:%[0-9]+]] = arith.constant 2 : i64
// CHECK-NEXT: [[ZERO:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: %i = arith.select %t, [[TWO]], [[ZERO]] : i64
// int → float: untag and sitofp for a small int, the runtime (correct rounding) for a big one.
// CHECK: %f = scf.if {{%[0-9]+}} -> (f64) {
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[V:%[0-9]+]] = arith.shrsi %i, [[ONE]] : i64
// CHECK-NEXT: [[D:%[0-9]+]] = arith.sitofp [[V]] : i64 to f64
// CHECK-NEXT: scf.yield [[D]] : f64
// CHECK-NEXT: } else {
// CHECK-NEXT: [[S:%[0-9]+]] = func.call @aithon_int_to_float(%i) : (i64) -> f64
// CHECK: %g = scf.if
// CHECK: func.call @aithon_int_to_float(%a)
// CHECK: %s = arith.addf %f, %g : f64

func.func @truth(%i: !py.int, %f: !py.float, %b: !py.bool, %n: !py.none) -> i1 {
  %ti = py.is_true %i : !py.int
  %tf = py.is_true %f : !py.float
  %tb = py.is_true %b : !py.bool
  %tn = py.is_true %n : !py.none
  %nf = py.not %f : !py.float
  %x = arith.andi %ti, %tf : i1
  %y = arith.andi %x, %tb : i1
  %z = arith.andi %y, %tn : i1
  %nn = py.is_true %nf : !py.bool
  %w = arith.andi %z, %nn : i1
  func.return %w : i1
}
// int: the tagged word of 0 is 0.  float: NaN is true, so `une`.  bool: itself.
// None: always false.  not: the negated truth.
// CHECK-LABEL: func.func @truth(%i: i64, %f: f64, %b: i1, %n: i8) -> i1 {
// CHECK-NEXT: [[Z:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: %ti = arith.cmpi ne, %i, [[Z]] : i64
// CHECK-NEXT: [[FZ:%[0-9]+]] = arith.constant 0.000000e+00 : f64
// CHECK-NEXT: %tf = arith.cmpf une, %f, [[FZ]] : f64
// CHECK-NEXT: %tn = arith.constant false
// CHECK-NEXT: [[FZ2:%[0-9]+]] = arith.constant 0.000000e+00 : f64
// CHECK-NEXT: [[T:%[0-9]+]] = arith.cmpf une, %f, [[FZ2]] : f64
// CHECK-NEXT: [[TRUE:%[0-9]+]] = arith.constant true
// CHECK-NEXT: %nf = arith.xori [[T]], [[TRUE]] : i1
// CHECK: %y = arith.andi %x, %b : i1
// CHECK: %w = arith.andi %z, %nf : i1

// CHECK-DAG: func.func private @aithon_int_from_decimal(!llvm.ptr) -> i64
// CHECK-DAG: func.func private @aithon_int_cmp(i64, i64) -> i32
// CHECK-DAG: func.func private @aithon_int_to_float(i64) -> f64

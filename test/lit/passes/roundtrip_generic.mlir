// RUN: %aithon-opt %s --print-generic -o %t
// RUN: filecheck --check-prefix=GENERIC %s < %t
// RUN: %aithon-opt %t | filecheck %s
// Every py op survives printing in MLIR's generic form and parsing back.
// (Floats that print with a bare exponent, inf and nan: roundtrip_generic_floats.mlir.)
// GENERIC: "py.int"() <{value = #builtin.int<123456789012345678901234567890123456789>}>
// GENERIC: "py.assume_in_range"(%{{.*}}) <{lo = #builtin.int<-3>, hi = #builtin.int<1000>}> : (!py.int) -> !py.int
// GENERIC: "py.cmp"(%{{.*}}) <{predicate = "lt"}> : (!py.int, !py.float) -> !py.bool
// GENERIC: "py.global_load"() <{global_name = @py.h}> {checked} : () -> !py.bool

// CHECK: py.global @py.g : !py.float
py.global @py.g : !py.float
// CHECK: py.global @py.h : !py.bool
py.global @py.h : !py.bool

// CHECK-LABEL: func.func @all(%i: !py.int, %f: !py.float, %b: !py.bool, %n: !py.none) -> !py.float {
func.func @all(%i: !py.int, %f: !py.float, %b: !py.bool, %n: !py.none) -> !py.float {
  // Ints of any size (the builtin integer syntax stops at 64 bits).
  // CHECK-NEXT: %c0 = py.int 123456789012345678901234567890123456789
  %c0 = py.int 123456789012345678901234567890123456789
  // CHECK-NEXT: %c1 = py.int -5
  %c1 = py.int -5
  // CHECK-NEXT: %c2 = py.int -98765432109876543210987654321
  %c2 = py.int -98765432109876543210987654321
  // CHECK-NEXT: %d0 = py.float -0.0
  %d0 = py.float -0.0
  // CHECK-NEXT: %d3 = py.float 0.30000000000000004
  %d3 = py.float 0.30000000000000004
  // CHECK-NEXT: %e0 = py.bool true
  %e0 = py.bool true
  // CHECK-NEXT: %e1 = py.bool false
  %e1 = py.bool false
  // CHECK-NEXT: %none = py.none
  %none = py.none
  // CHECK-NEXT: %add = py.add %i, %c0 : !py.int
  %add = py.add %i, %c0 : !py.int
  // CHECK-NEXT: %sub = py.sub %f, %d0 : !py.float
  %sub = py.sub %f, %d0 : !py.float
  // CHECK-NEXT: %mul = py.mul %i, %c1 : !py.int
  %mul = py.mul %i, %c1 : !py.int
  // CHECK-NEXT: %fdiv = py.floordiv %f, %d3 : !py.float
  %fdiv = py.floordiv %f, %d3 : !py.float
  // CHECK-NEXT: %mod = py.mod %i, %c2 : !py.int
  %mod = py.mod %i, %c2 : !py.int
  // CHECK-NEXT: %pow = py.pow %f, %d3 : !py.float
  %pow = py.pow %f, %d3 : !py.float
  // CHECK-NEXT: %tdiv = py.truediv %i, %c1 : !py.int
  %tdiv = py.truediv %i, %c1 : !py.int
  // CHECK-NEXT: %tdivf = py.truediv %f, %d3 : !py.float
  %tdivf = py.truediv %f, %d3 : !py.float
  // CHECK-NEXT: %neg = py.neg %i : !py.int
  %neg = py.neg %i : !py.int
  // CHECK-NEXT: %small = py.int_is_small %i, %c1
  %small = py.int_is_small %i, %c1
  // CHECK-NEXT: %known = py.assume_small %i
  %known = py.assume_small %i
  // CHECK-NEXT: %ranged = py.assume_in_range %i, -3, 1000
  %ranged = py.assume_in_range %i, -3, 1000
  // CHECK-NEXT: %itf = py.int_to_float %i
  %itf = py.int_to_float %i
  // CHECK-NEXT: %bti = py.bool_to_int %b
  %bti = py.bool_to_int %b
  // CHECK-NEXT: %t0 = py.is_true %n : !py.none
  %t0 = py.is_true %n : !py.none
  // CHECK-NEXT: %t1 = py.is_true %f : !py.float
  %t1 = py.is_true %f : !py.float
  // CHECK-NEXT: %not = py.not %i : !py.int
  %not = py.not %i : !py.int
  // CHECK-NEXT: %lt = py.cmp lt, %i, %f : !py.int, !py.float
  %lt = py.cmp lt, %i, %f : !py.int, !py.float
  // CHECK-NEXT: %le = py.cmp le, %f, %i : !py.float, !py.int
  %le = py.cmp le, %f, %i : !py.float, !py.int
  // CHECK-NEXT: %gt = py.cmp gt, %i, %c0 : !py.int, !py.int
  %gt = py.cmp gt, %i, %c0 : !py.int, !py.int
  // CHECK-NEXT: %ge = py.cmp ge, %f, %d0 : !py.float, !py.float
  %ge = py.cmp ge, %f, %d0 : !py.float, !py.float
  // CHECK-NEXT: %eq = py.cmp eq, %i, %i : !py.int, !py.int
  %eq = py.cmp eq, %i, %i : !py.int, !py.int
  // CHECK-NEXT: %ne = py.cmp ne, %f, %f : !py.float, !py.float
  %ne = py.cmp ne, %f, %f : !py.float, !py.float
  // CHECK-NEXT: %slot = py.alloca "x" : !py.ref<!py.int>
  %slot = py.alloca "x" : !py.ref<!py.int>
  // CHECK-NEXT: %bslot = py.alloca "x.range" : !py.ref<!py.bool>
  %bslot = py.alloca "x.range" : !py.ref<!py.bool>
  // CHECK-NEXT: py.store %i, %slot : !py.int, !py.ref<!py.int>
  py.store %i, %slot : !py.int, !py.ref<!py.int>
  // CHECK-NEXT: %ld = py.load %slot : !py.ref<!py.int> -> !py.int
  %ld = py.load %slot : !py.ref<!py.int> -> !py.int
  // CHECK-NEXT: py.global_store %f, @py.g : !py.float
  py.global_store %f, @py.g : !py.float
  // CHECK-NEXT: %gl = py.global_load @py.g : !py.float
  %gl = py.global_load @py.g : !py.float
  // CHECK-NEXT: %glc = py.global_load @py.h {checked} : !py.bool
  %glc = py.global_load @py.h {checked} : !py.bool
  // CHECK-NEXT: py.print %ld : !py.int
  py.print %ld : !py.int
  // CHECK-NEXT: py.print %none : !py.none
  py.print %none : !py.none
  // CHECK-NEXT: py.print_str "a\22b\0A\09\\"
  py.print_str "a\"b\n\t\\"
  // CHECK-NEXT: py.print_str ""
  py.print_str ""
  // CHECK-NEXT: py.raise 3
  py.raise 3
  // CHECK-NEXT: func.return %gl : !py.float
  func.return %gl : !py.float
}

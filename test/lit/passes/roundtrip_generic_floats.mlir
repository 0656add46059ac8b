// RUN: %aithon-opt %s --print-generic | filecheck --check-prefix=GENERIC %s
// RUN: %aithon-opt %s --print-generic | %aithon-opt | filecheck %s
// py.float holds a builtin f64 FloatAttr, whose generic form re-parses even for
// floats with a bare exponent in repr(), subnormals, inf, -inf and nan (hex).
// GENERIC: "py.float"() <{value = 1.000000e-05 : f64}>
// GENERIC: "py.float"() <{value = 0x7ff0000000000000 : f64}>
// GENERIC: "py.float"() <{value = 0xfff0000000000000 : f64}>
// GENERIC: "py.float"() <{value = 0x7ff8000000000000 : f64}>

// CHECK-LABEL: func.func @floats()
func.func @floats() {
  // CHECK-NEXT: %a = py.float 1.0e-05
  %a = py.float 1.0e-05
  // CHECK-NEXT: %b = py.float 1.0e+16
  %b = py.float 1.0e+16
  // CHECK-NEXT: %c = py.float 5.0e-324
  %c = py.float 5.0e-324
  // CHECK-NEXT: %d = py.float inf
  %d = py.float inf
  // CHECK-NEXT: %e = py.float -inf
  %e = py.float -inf
  // CHECK-NEXT: %f = py.float nan
  %f = py.float nan
  py.print %a : !py.float
  py.print %b : !py.float
  py.print %c : !py.float
  py.print %d : !py.float
  py.print %e : !py.float
  py.print %f : !py.float
  func.return
}

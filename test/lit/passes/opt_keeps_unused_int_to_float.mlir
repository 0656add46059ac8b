// RUN: %aithon-opt %s -p py-fold-constants | filecheck %s
// py.int_to_float is not Pure: it raises OverflowError for an int beyond the
// double range, so the rewriter must not erase an unused one.
// (A test of the py dialect's traits, run through aithon-opt.)

// CHECK-LABEL: func.func @f(%i: !py.int) {
// CHECK-NEXT: %unused = py.int_to_float %i
// CHECK-NEXT: func.return
func.func @f(%i: !py.int) {
  %unused = py.int_to_float %i
  func.return
}

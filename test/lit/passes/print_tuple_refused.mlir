// RUN: %expect-exit 1 %aithon-opt %s -p py-to-std 2>&1 | filecheck %s
// py.print takes a scalar: irgen prints a tuple item by item, and py-to-std
// has no tuple printer, so the verifier refuses a py.print of a tuple.
func.func @py.f(%t: !py.tuple<!py.int>) {
  py.print %t : !py.tuple<!py.int>
  func.return
}
// CHECK: py.print takes a scalar: irgen prints a tuple item by item

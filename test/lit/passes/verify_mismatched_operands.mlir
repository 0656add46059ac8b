// RUN: %expect-exit 1 %aithon-opt %s 2>&1 | filecheck %s
// The verifier refuses py.add with an int and a float operand: irgen must
// insert py.int_to_float, no lowering has to guess.  (In generic syntax, since
// the custom syntax cannot even express the mismatch: see parse_type_mismatch.mlir.)

func.func @bad(%i: !py.int, %f: !py.float) -> !py.int {
  %r = "py.add"(%i, %f) : (!py.int, !py.float) -> !py.int
  func.return %r : !py.int
}
// CHECK-NOT: Traceback
// CHECK: {{.*}}verify_mismatched_operands.mlir: error: operand 'rhs' at position 1 does not verify:
// CHECK-NEXT: attribute !py.int expected from variable 'T', but got !py.float
// CHECK-NOT: Traceback

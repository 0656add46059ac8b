# RUN: %aithon %s --emit-mlir | filecheck %s
# RUN: %aithon %s --emit-mlir --stop-after=py-to-std | filecheck %s
# Without --stop-after, --emit-mlir prints the module after the last stage
# (py-to-std): standard dialects and runtime calls, no py op left.

print(-7 // 2, 2 ** 100, 0.5e1)

# CHECK-NOT: py.
# CHECK: llvm.mlir.global private constant @{{str\.[0-9]+}}("1267650600228229401496703205376\00")
# CHECK: func.func @aithon_module_main() {
# CHECK: arith.constant -8 : i64
# CHECK: func.call @aithon_int_from_decimal
# CHECK: arith.constant 5.000000e+00 : f64
# CHECK: func.call @aithon_print_int
# CHECK: func.call @aithon_print_float
# CHECK-NOT: py.

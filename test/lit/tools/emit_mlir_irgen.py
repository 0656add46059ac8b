# RUN: %aithon %s --emit-mlir --stop-after=irgen -o %t.mlir
# RUN: filecheck --check-prefix=IRGEN %s < %t.mlir
# RUN: %aithon-opt %t.mlir -p py-lower | filecheck --check-prefix=STD %s
# --emit-mlir --stop-after=irgen writes the py dialect (to -o's file), which
# aithon-opt reads back and lowers like the compiler would.

print(-7 // 2, 2 ** 100, 0.5e1)

# IRGEN: py.int 7
# IRGEN: py.neg
# IRGEN: py.floordiv {{.*}} : !py.int
# IRGEN: py.pow {{.*}} : !py.int
# IRGEN: py.float 5.0

# STD-NOT: py.
# STD: llvm.mlir.global private constant @{{str\.[0-9]+}}("1267650600228229401496703205376\00")
# STD: func.func @aithon_module_main() {
# STD: arith.constant -8 : i64
# STD: func.call @aithon_int_from_decimal
# STD: arith.constant 5.000000e+00 : f64
# STD: func.call @aithon_print_int
# STD-NOT: py.

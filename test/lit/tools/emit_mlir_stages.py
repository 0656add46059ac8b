# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck --check-prefix=IRGEN %s
# RUN: %aithon %s --emit-mlir --stop-after=py-fold-constants | filecheck --check-prefix=FOLD %s
# RUN: %aithon %s --emit-mlir | filecheck --check-prefix=STD %s
# RUN: %aithon %s --emit-mlir --stop-after=py-to-std | filecheck --check-prefix=STD %s
# RUN: %aithon %s --emit-mlir --stop-after=irgen -o %t.mlir
# RUN: %aithon-opt %t.mlir -p py-lower | filecheck --check-prefix=STD %s
# --emit-mlir prints the module after a stage of the pipeline (by default
# the last, py-to-std); its output can be fed back to aithon-opt.

print(-7 // 2, 2 ** 100, 0.5e1)

# IRGEN: py.int 7
# IRGEN: py.neg
# IRGEN: py.floordiv {{.*}} : !py.int
# IRGEN: py.pow {{.*}} : !py.int
# IRGEN: py.float 5.0

# FOLD-NOT: py.floordiv
# FOLD-NOT: py.pow
# FOLD: py.int -4
# FOLD: py.int 1267650600228229401496703205376
# FOLD: py.print

# STD-NOT: py.
# STD: llvm.mlir.global private constant @{{str\.[0-9]+}}("1267650600228229401496703205376\00")
# STD: func.func @aithon_module_main() {
# STD: arith.constant -8 : i64
# STD: func.call @aithon_int_from_decimal
# STD: arith.constant 5.000000e+00 : f64
# STD: func.call @aithon_print_int
# STD-NOT: py.

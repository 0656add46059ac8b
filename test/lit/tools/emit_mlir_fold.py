# RUN: %aithon %s --emit-mlir --stop-after=py-fold-constants | filecheck %s
# --stop-after=py-fold-constants: the constant expressions are folded, the
# module is still in the py dialect.

print(-7 // 2, 2 ** 100, 0.5e1)

# CHECK-NOT: py.floordiv
# CHECK-NOT: py.pow
# CHECK: py.int -4
# CHECK: py.int 1267650600228229401496703205376
# CHECK: py.float 5.0
# CHECK: py.print {{.*}} : !py.int

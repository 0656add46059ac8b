# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# `x op= y` loads x, applies the same promotions as `x op y`, and stores the
# result back (py.store for locals, py.global_store at module level).

# The module's statements (at the end of this file) are emitted first.
# CHECK-LABEL: func.func @aithon_module_main() {
# CHECK: py.global_store {{%[0-9]+}}, @py.total : !py.int
# CHECK-NEXT: [[T0:%[0-9]+]] = py.global_load @py.total : !py.int
# CHECK-NEXT: [[FIVE:%[0-9]+]] = py.int 5
# CHECK-NEXT: [[S:%[0-9]+]] = py.add [[T0]], [[FIVE]] : !py.int
# CHECK-NEXT: py.global_store [[S]], @py.total : !py.int
# CHECK-NEXT: [[T1:%[0-9]+]] = py.global_load @py.total : !py.int
# CHECK-NEXT: [[E:%[0-9]+]] = py.int 2
# CHECK-NEXT: [[PW:%[0-9]+]] = py.pow [[T1]], [[E]] : !py.int
# CHECK-NEXT: py.global_store [[PW]], @py.total : !py.int

def scale(n: int, f: float) -> float:
    f *= n
    f /= 2
    n //= 3
    return f + n
# CHECK-LABEL: func.func {{.*}}@py.scale(
# CHECK-DAG: [[SF:%[0-9]+]] = py.alloca "f" : !py.ref<!py.float>
# CHECK-DAG: [[SN:%[0-9]+]] = py.alloca "n" : !py.ref<!py.int>
# f *= n
# CHECK: [[F0:%[0-9]+]] = py.load [[SF]]
# CHECK-NEXT: [[N0:%[0-9]+]] = py.load [[SN]]
# CHECK-NEXT: [[N0F:%[0-9]+]] = py.int_to_float [[N0]]
# CHECK-NEXT: [[P:%[0-9]+]] = py.mul [[F0]], [[N0F]] : !py.float
# CHECK-NEXT: py.store [[P]], [[SF]] : !py.float, !py.ref<!py.float>
# f /= 2
# CHECK-NEXT: [[F1:%[0-9]+]] = py.load [[SF]]
# CHECK-NEXT: [[TWO:%[0-9]+]] = py.int 2
# CHECK-NEXT: [[TWOF:%[0-9]+]] = py.int_to_float [[TWO]]
# CHECK-NEXT: [[Q:%[0-9]+]] = py.truediv [[F1]], [[TWOF]] : !py.float
# CHECK-NEXT: py.store [[Q]], [[SF]]
# n //= 3
# CHECK-NEXT: [[N1:%[0-9]+]] = py.load [[SN]]
# CHECK-NEXT: [[THREE:%[0-9]+]] = py.int 3
# CHECK-NEXT: [[D:%[0-9]+]] = py.floordiv [[N1]], [[THREE]] : !py.int
# CHECK-NEXT: py.store [[D]], [[SN]] : !py.int, !py.ref<!py.int>

total = 0
total += 5
total **= 2

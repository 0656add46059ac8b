# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# Each `def` becomes func.func @py.<name> with the annotated parameter and
# result types; `-> None` (or no annotation and no returned value) has no
# result.  Parameters are stored into py.alloca slots on entry.  The
# module's statements become @aithon_module_main, which comes first.
# Calls are typed from the signatures, so a function may call one defined later.

def mix(n: int, x: float, flag: bool) -> float:
    if flag:
        return x
    return later(n) * x

def later(k: int) -> float:
    return k / 2

def shout(n: int) -> None:
    print(n)

def quiet():
    pass

shout(3)
quiet()
print(mix(1, 2.0, False))

# CHECK-LABEL: func.func @aithon_module_main() {
# CHECK-NEXT: [[THREE:%[0-9]+]] = py.int 3
# CHECK-NEXT: func.call @py.shout([[THREE]]) : (!py.int) -> (){{$}}
# CHECK-NEXT: func.call @py.quiet() : () -> (){{$}}
# CHECK-NEXT: [[ONE:%[0-9]+]] = py.int 1
# CHECK-NEXT: [[TWO:%[0-9]+]] = py.float 2.0
# CHECK-NEXT: [[NO:%[0-9]+]] = py.bool false
# CHECK-NEXT: [[R:%[0-9]+]] = func.call @py.mix([[ONE]], [[TWO]], [[NO]]) : (!py.int, !py.float, !py.bool) -> !py.float
# CHECK-NEXT: py.print [[R]] : !py.float

# CHECK-LABEL: func.func {{.*}}@py.mix(%0: !py.int, %1: !py.float, %2: !py.bool) -> !py.float {
# CHECK-DAG: [[SN:%[0-9]+]] = py.alloca "n" : !py.ref<!py.int>
# CHECK-DAG: [[SX:%[0-9]+]] = py.alloca "x" : !py.ref<!py.float>
# CHECK-DAG: [[SF:%[0-9]+]] = py.alloca "flag" : !py.ref<!py.bool>
# CHECK: py.store %0, [[SN]] : !py.int, !py.ref<!py.int>
# CHECK-NEXT: py.store %1, [[SX]] : !py.float, !py.ref<!py.float>
# CHECK-NEXT: py.store %2, [[SF]] : !py.bool, !py.ref<!py.bool>
# CHECK: func.call @py.later({{%[0-9]+}}) : (!py.int) -> !py.float

# CHECK-LABEL: func.func {{.*}}@py.later(%0: !py.int) -> !py.float {
# CHECK: py.truediv {{.*}} : !py.int
# CHECK-NEXT: func.return {{%[0-9]+}} : !py.float

# CHECK-LABEL: func.func {{.*}}@py.shout(%0: !py.int) {
# CHECK: py.print
# CHECK: func.return{{$}}

# CHECK-LABEL: func.func {{.*}}@py.quiet() {
# CHECK-NEXT: func.return{{$}}
# CHECK-NEXT: }

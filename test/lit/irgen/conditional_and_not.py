# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# `a if c else b` branches to two blocks that pass their value to a merge
# block; `not x` used as a value is py.not; the main guard compares nothing at
# run time: `__name__ == "__main__"` is the constant True in a compiled program.

# The module's statements (at the end of this file) are emitted first.
# CHECK-LABEL: func.func @aithon_module_main() {
# CHECK-NEXT: [[G:%[0-9]+]] = py.bool true
# CHECK-NEXT: py.is_true [[G]] : !py.bool
# CHECK: [[G2:%[0-9]+]] = py.bool false
# CHECK-NEXT: py.is_true [[G2]] : !py.bool
# CHECK-NOT: py.cmp
# CHECK: func.return

def choose(c: bool, a: int, b: int) -> int:
    return a if c else b
# CHECK-LABEL: func.func {{.*}}@py.choose(
# CHECK: [[C:%[0-9]+]] = py.load {{.*}} -> !py.bool
# CHECK-NEXT: [[T:%[0-9]+]] = py.is_true [[C]] : !py.bool
# CHECK-NEXT: cf.cond_br [[T]], ^[[THEN:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]
# CHECK-NEXT: ^[[THEN]]:
# CHECK-NEXT: [[A:%[0-9]+]] = py.load
# CHECK-NEXT: cf.br ^[[MERGE:bb[0-9]+]]([[A]] : !py.int)
# CHECK-NEXT: ^[[ELSE]]:
# CHECK-NEXT: [[B:%[0-9]+]] = py.load
# CHECK-NEXT: cf.br ^[[MERGE]]([[B]] : !py.int)
# CHECK-NEXT: ^[[MERGE]]([[V:%[0-9]+]]: !py.int):
# CHECK-NEXT: func.return [[V]] : !py.int

def negate(x: float) -> bool:
    return not x
# CHECK-LABEL: func.func {{.*}}@py.negate(
# CHECK: [[X:%[0-9]+]] = py.load {{.*}} -> !py.float
# CHECK-NEXT: [[N:%[0-9]+]] = py.not [[X]] : !py.float
# CHECK-NEXT: func.return [[N]] : !py.bool

if __name__ == "__main__":
    print(choose(True, 1, 2))
if __name__ != "__main__":
    print(0)

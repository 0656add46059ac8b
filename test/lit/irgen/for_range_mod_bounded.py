# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# A local that an innermost range loop assigns only as `x = ... % C` (C a
# positive literal) lies in [0, C) after each assignment.  So the loop's small
# copy also requires 0 <= x < C on entry (two py.cmp, each branching to the
# general copy), and there every read of x is wrapped in
# py.assume_in_range x, 0, C.  The general copy reads x as it is.

def lcg(seed: int, n: int) -> int:
    x = seed
    total = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        total += x
    return total
# CHECK-LABEL: func.func {{.*}}@py.lcg(
# CHECK-DAG: [[X:%[0-9]+]] = py.alloca "x" : !py.ref<!py.int>
# CHECK: [[SMALL:%[0-9]+]] = py.int_is_small
# CHECK-NEXT: cf.cond_br [[SMALL]], ^[[C1:bb[0-9]+]], ^[[GENERAL:bb[0-9]+]]
# CHECK-NEXT: ^[[C1]]:
# CHECK-NEXT: [[ENTRY:%[0-9]+]] = py.load [[X]]
# CHECK-NEXT: [[ZERO:%[0-9]+]] = py.int 0
# CHECK-NEXT: [[GE:%[0-9]+]] = py.cmp ge, [[ENTRY]], [[ZERO]]
# CHECK-NEXT: [[GET:%[0-9]+]] = py.is_true [[GE]]
# CHECK-NEXT: cf.cond_br [[GET]], ^[[C2:bb[0-9]+]], ^[[GENERAL]]
# CHECK-NEXT: ^[[C2]]:
# CHECK-NEXT: [[BOUND:%[0-9]+]] = py.int 2147483647
# CHECK-NEXT: [[LT:%[0-9]+]] = py.cmp lt, [[ENTRY]], [[BOUND]]
# CHECK-NEXT: [[LTT:%[0-9]+]] = py.is_true [[LT]]
# CHECK-NEXT: cf.cond_br [[LTT]], ^[[FAST:bb[0-9]+]], ^[[GENERAL]]
# CHECK-NEXT: ^[[FAST]]:
# CHECK-NEXT: py.assume_small
# Both reads of x in the fast body, before and after its assignment:
# CHECK: [[R1:%[0-9]+]] = py.load [[X]]
# CHECK-NEXT: [[A1:%[0-9]+]] = py.assume_in_range [[R1]], 0, 2147483647
# CHECK-NEXT: [[K:%[0-9]+]] = py.int 48271
# CHECK-NEXT: py.mul [[A1]], [[K]]
# CHECK: py.store {{%[0-9]+}}, [[X]]
# CHECK: [[R2:%[0-9]+]] = py.load [[X]]
# CHECK-NEXT: py.assume_in_range [[R2]], 0, 2147483647
# The general copy: no assumptions on x.
# CHECK: ^[[GENERAL]]:
# CHECK-NOT: py.assume_in_range
# CHECK: func.return

# Constant small bounds need no py.int_is_small, but x is still checked, so
# there are two copies.  With `x %= C` and `x = ... % C2`, the larger
# modulus bounds x.
def two_moduli(seed: int) -> int:
    x = seed
    for i in range(10):
        if i % 2 == 0:
            x %= 7
        else:
            x = (x + i) % 1000
    return x
# CHECK-LABEL: func.func {{.*}}@py.two_moduli(
# CHECK-NOT: py.int_is_small
# CHECK: py.cmp ge,
# CHECK: [[B:%[0-9]+]] = py.int 1000
# CHECK-NEXT: py.cmp lt, {{%[0-9]+}}, [[B]]
# CHECK: py.assume_in_range {{%[0-9]+}}, 0, 1000
# CHECK: func.return

# Any other assignment spoils the bound: then a loop that never reads i and
# has no bounded variable keeps only the general copy.
def spoiled(seed: int, n: int) -> int:
    x = seed
    for i in range(n):
        x = x * 3 % 11
        x += 1
    return x
# CHECK-LABEL: func.func {{.*}}@py.spoiled(
# CHECK-NOT: py.int_is_small
# CHECK-NOT: py.assume_in_range
# CHECK: func.return

# A variable first assigned inside the loop is not bounded (its entry value
# cannot be checked); nor is one at module level (a global).
def assigned_inside(n: int) -> int:
    total = 0
    for i in range(n):
        y = (total + 5) % 9
        total = total + y
    return total
# CHECK-LABEL: func.func {{.*}}@py.assigned_inside(
# CHECK-NOT: py.assume_in_range
# CHECK: func.return

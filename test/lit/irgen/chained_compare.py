# RUN: %aithon %s --emit-mlir --stop-after=irgen > %t
# RUN: filecheck %s < %t
# RUN: filecheck --check-prefix=MERGE %s < %t
# `a < b < c` is `a < b and b < c` with b evaluated once: each operand is
# loaded (or called) exactly once, and the second comparison reuses the value
# of the first comparison's right operand.

def mid(x: int) -> int:
    return x

def chain(a: int, b: int, c: int) -> bool:
    return a < mid(b) <= c
# CHECK-LABEL: func.func {{.*}}@py.chain(
# CHECK: [[A:%[0-9]+]] = py.load [[SA:%[0-9]+]] : !py.ref<!py.int> -> !py.int
# CHECK-NEXT: [[B:%[0-9]+]] = py.load [[SB:%[0-9]+]] : !py.ref<!py.int> -> !py.int
# CHECK-NEXT: [[M:%[0-9]+]] = func.call @py.mid([[B]]) : (!py.int) -> !py.int
# CHECK-NEXT: [[C1:%[0-9]+]] = py.cmp lt, [[A]], [[M]] : !py.int, !py.int
# CHECK-NEXT: [[T1:%[0-9]+]] = py.is_true [[C1]] : !py.bool
# CHECK-NEXT: cf.cond_br [[T1]], ^[[NEXT:bb[0-9]+]], ^[[FALSE:bb[0-9]+]]
# The second comparison follows at once; it loads only c and reuses mid()'s
# result.
# CHECK-NEXT: ^[[NEXT]]:
# CHECK-NEXT: [[C:%[0-9]+]] = py.load {{%[0-9]+}} : !py.ref<!py.int> -> !py.int
# CHECK-NEXT: [[C2:%[0-9]+]] = py.cmp le, [[M]], [[C]] : !py.int, !py.int
# CHECK-NEXT: [[T2:%[0-9]+]] = py.is_true [[C2]] : !py.bool
# CHECK-NEXT: cf.cond_br [[T2]], ^{{bb[0-9]+}}, ^[[FALSE]]
# Nothing is loaded or called in the rest of the function: neither a, b nor
# mid() is evaluated again anywhere.
# CHECK-NOT: py.load
# CHECK-NOT: func.call
# CHECK: {{^  }$}}

# As a value, the chain's result is the argument of a merge block that the
# true and false targets branch to with constants.
# MERGE-LABEL: func.func {{.*}}@py.chain(
# MERGE: cf.cond_br {{%[0-9]+}}, ^{{bb[0-9]+}}, ^[[FALSE:bb[0-9]+]]
# MERGE: cf.cond_br {{%[0-9]+}}, ^[[TRUE:bb[0-9]+]], ^[[FALSE]]
# MERGE-NEXT: ^[[TRUE]]:
# MERGE-NEXT: [[T:%[0-9]+]] = py.bool true
# MERGE-NEXT: cf.br ^[[MERGE:bb[0-9]+]]([[T]] : !py.bool)
# MERGE-NEXT: ^[[FALSE]]:
# MERGE-NEXT: [[F:%[0-9]+]] = py.bool false
# MERGE-NEXT: cf.br ^[[MERGE]]([[F]] : !py.bool)
# MERGE-NEXT: ^[[MERGE]]([[V:%[0-9]+]]: !py.bool):
# MERGE-NEXT: func.return [[V]] : !py.bool

def chain_in_if(x: float) -> int:
    if 0 < x < 1.5 != x:
        return 1
    return 0
# In a condition the chain branches straight to the if's blocks (no bool value).
# Three comparisons with mixed int/float operands; the middle operands are
# evaluated once (x is loaded twice only because it appears twice).
# CHECK-LABEL: func.func {{.*}}@py.chain_in_if(
# CHECK: [[ZERO:%[0-9]+]] = py.int 0
# CHECK-NEXT: [[X:%[0-9]+]] = py.load {{.*}} -> !py.float
# CHECK-NEXT: py.cmp lt, [[ZERO]], [[X]] : !py.int, !py.float
# CHECK: [[LIM:%[0-9]+]] = py.float 1.5
# CHECK-NEXT: py.cmp lt, [[X]], [[LIM]] : !py.float, !py.float
# CHECK-NOT: py.float 1.5
# CHECK: [[X2:%[0-9]+]] = py.load {{.*}} -> !py.float
# CHECK-NEXT: py.cmp ne, [[LIM]], [[X2]] : !py.float, !py.float
# CHECK-NOT: py.bool {{true|false}}
# CHECK-NOT: ^bb{{[0-9]+}}(
# CHECK-NOT: py.float 1.5
# CHECK-NOT: py.load
# CHECK: {{^  }$}}

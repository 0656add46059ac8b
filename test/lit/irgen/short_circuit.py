# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# `and`/`or` short-circuit with cf.cond_br.  As values they yield an operand
# (not a bool): the value reaches a merge block as its block argument, and
# the right operand is only evaluated in its own block.

def pick_or(a: int, b: int) -> int:
    return a or b
# `a or b`: if a is true, jump to the merge block carrying a; else evaluate b.
# CHECK-LABEL: func.func {{.*}}@py.pick_or(
# CHECK: [[A:%[0-9]+]] = py.load
# CHECK-NEXT: [[TA:%[0-9]+]] = py.is_true [[A]] : !py.int
# CHECK-NEXT: cf.cond_br [[TA]], ^[[MERGE:bb[0-9]+]]([[A]] : !py.int), ^[[RHS:bb[0-9]+]]{{$}}
# CHECK-NEXT: ^[[RHS]]:
# CHECK-NEXT: [[B:%[0-9]+]] = py.load
# CHECK-NEXT: cf.br ^[[MERGE]]([[B]] : !py.int)
# CHECK-NEXT: ^[[MERGE]]([[V:%[0-9]+]]: !py.int):
# CHECK-NEXT: func.return [[V]] : !py.int

def pick_and(a: float, b: float) -> float:
    return a and b
# `a and b`: the targets are swapped; a false a is the value.
# CHECK-LABEL: func.func {{.*}}@py.pick_and(
# CHECK: [[A:%[0-9]+]] = py.load
# CHECK-NEXT: [[TA:%[0-9]+]] = py.is_true [[A]] : !py.float
# CHECK-NEXT: cf.cond_br [[TA]], ^[[RHS:bb[0-9]+]], ^[[MERGE:bb[0-9]+]]([[A]] : !py.float){{$}}
# CHECK-NEXT: ^[[RHS]]:
# CHECK-NEXT: [[B:%[0-9]+]] = py.load
# CHECK-NEXT: cf.br ^[[MERGE]]([[B]] : !py.float)
# CHECK-NEXT: ^[[MERGE]]([[V:%[0-9]+]]: !py.float):
# CHECK-NEXT: func.return [[V]] : !py.float

def three(a: int, b: int, c: int) -> int:
    return a or b or c
# One merge block for the whole chain; each operand but the last tests and
# branches to it.
# CHECK-LABEL: func.func {{.*}}@py.three(
# CHECK: [[A:%[0-9]+]] = py.load
# CHECK-NEXT: [[TA:%[0-9]+]] = py.is_true [[A]]
# CHECK-NEXT: cf.cond_br [[TA]], ^[[MERGE:bb[0-9]+]]([[A]] : !py.int), ^[[NB:bb[0-9]+]]{{$}}
# CHECK-NEXT: ^[[NB]]:
# CHECK-NEXT: [[B:%[0-9]+]] = py.load
# CHECK-NEXT: [[TB:%[0-9]+]] = py.is_true [[B]]
# CHECK-NEXT: cf.cond_br [[TB]], ^[[MERGE]]([[B]] : !py.int), ^[[NC:bb[0-9]+]]{{$}}
# CHECK-NEXT: ^[[NC]]:
# CHECK-NEXT: [[C:%[0-9]+]] = py.load
# CHECK-NEXT: cf.br ^[[MERGE]]([[C]] : !py.int)
# CHECK-NEXT: ^[[MERGE]]([[V:%[0-9]+]]: !py.int):
# CHECK-NEXT: func.return [[V]] : !py.int

def cond(a: int, b: int, c: int) -> int:
    if a and (b or not c):
        return 1
    return 0
# In a condition no value is merged: every operand branches straight to the
# then/else blocks, and `not` just swaps the targets (no py.not).
# CHECK-LABEL: func.func {{.*}}@py.cond(
# CHECK-NOT: py.not
# CHECK: [[A:%[0-9]+]] = py.load
# CHECK-NEXT: [[TA:%[0-9]+]] = py.is_true [[A]] : !py.int
# CHECK-NEXT: cf.cond_br [[TA]], ^[[NB:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]{{$}}
# CHECK-NEXT: ^[[NB]]:
# CHECK-NEXT: [[B:%[0-9]+]] = py.load
# CHECK-NEXT: [[TB:%[0-9]+]] = py.is_true [[B]] : !py.int
# CHECK-NEXT: cf.cond_br [[TB]], ^[[THEN:bb[0-9]+]], ^[[NC:bb[0-9]+]]{{$}}
# CHECK-NEXT: ^[[NC]]:
# CHECK-NEXT: [[C:%[0-9]+]] = py.load
# CHECK-NEXT: [[TC:%[0-9]+]] = py.is_true [[C]] : !py.int
# CHECK-NEXT: cf.cond_br [[TC]], ^[[ELSE]], ^[[THEN]]{{$}}
# The then block (`return 1`) and the else block follow the tests.
# CHECK-NEXT: ^[[THEN]]:
# CHECK-NEXT: [[ONE:%[0-9]+]] = py.int 1
# CHECK-NEXT: func.return [[ONE]] : !py.int
# CHECK-NEXT: ^[[ELSE]]:
# CHECK-NOT: py.not
# CHECK-NOT: ^bb{{[0-9]+}}(
# CHECK: {{^  }$}}

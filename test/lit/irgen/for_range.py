# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# `for i in range(...)` keeps a hidden counter slot "<name>.range" and copies
# it into the loop variable at the top of each iteration (so assigning to i in
# the body does not change the iteration).  range()'s arguments are evaluated
# once, before the loop.  A constant step picks the test at compile time (lt
# for a positive step, gt for a negative one); a variable step is checked for
# zero (py.raise 7: ValueError) and tested at run time.

def up(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total
# CHECK-LABEL: func.func {{.*}}@py.up(
# CHECK-DAG: [[I:%[0-9]+]] = py.alloca "i" : !py.ref<!py.int>
# CHECK-DAG: [[CTR:%[0-9]+]] = py.alloca "i.range" : !py.ref<!py.int>
# The stop is loaded once, before the loop; start defaults to 0, step to 1.
# CHECK: [[STOP:%[0-9]+]] = py.load {{%[0-9]+}} : !py.ref<!py.int> -> !py.int
# CHECK-NEXT: [[ZERO:%[0-9]+]] = py.int 0
# CHECK-NEXT: [[ONE:%[0-9]+]] = py.int 1
# CHECK-NEXT: py.store [[ZERO]], [[CTR]] : !py.int, !py.ref<!py.int>
# CHECK-NEXT: cf.br ^[[HEADER:bb[0-9]+]]
# CHECK-NEXT: ^[[HEADER]]:
# CHECK-NEXT: [[CUR:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: [[TEST:%[0-9]+]] = py.cmp lt, [[CUR]], [[STOP]] : !py.int, !py.int
# CHECK-NEXT: [[T:%[0-9]+]] = py.is_true [[TEST]] : !py.bool
# CHECK-NEXT: cf.cond_br [[T]], ^[[BODY:bb[0-9]+]], ^[[EXIT:bb[0-9]+]]
# CHECK-NEXT: ^[[BODY]]:
# CHECK-NEXT: [[V:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: py.store [[V]], [[I]]
# CHECK-NEXT: cf.br ^[[USER:bb[0-9]+]]
# The user's body reads i and falls through to the latch.
# CHECK-NEXT: ^[[USER]]:
# CHECK: py.load [[I]]
# CHECK: cf.br ^[[LATCH:bb[0-9]+]]
# The latch (the `continue` target) adds the step and goes back to the header.
# CHECK-NEXT: ^[[LATCH]]:
# CHECK-NEXT: [[OLD:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: [[NEW:%[0-9]+]] = py.add [[OLD]], [[ONE]] : !py.int
# CHECK-NEXT: py.store [[NEW]], [[CTR]]
# CHECK-NEXT: cf.br ^[[HEADER]]
# The exit comes after the loop.
# CHECK-NEXT: ^[[EXIT]]:

def down() -> int:
    total = 0
    for k in range(10, 0, -3):
        total += k
    return total
# A negative constant step: the header tests `counter > stop`.
# CHECK-LABEL: func.func {{.*}}@py.down(
# CHECK: [[START:%[0-9]+]] = py.int 10
# CHECK-NEXT: [[STOP:%[0-9]+]] = py.int 0
# CHECK-NEXT: [[THREE:%[0-9]+]] = py.int 3
# CHECK-NEXT: [[STEP:%[0-9]+]] = py.neg [[THREE]] : !py.int
# CHECK-NOT: py.raise
# CHECK: py.store [[START]], [[CTR:%[0-9]+]]
# CHECK: [[CUR:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: py.cmp gt, [[CUR]], [[STOP]] : !py.int, !py.int
# CHECK-NOT: py.cmp lt
# CHECK: py.add {{%[0-9]+}}, [[STEP]] : !py.int
# CHECK-NOT: py.raise
# CHECK: func.return

def any_step(a: int, b: int, s: int) -> int:
    total = 0
    for j in range(a, b, s):
        total += j
    return total
# A variable step: zero raises ValueError (runtime code 7), then the sign of
# the step chooses between the two tests.
# CHECK-LABEL: func.func {{.*}}@py.any_step(
# CHECK: [[START:%[0-9]+]] = py.load {{.*}} -> !py.int
# CHECK-NEXT: [[STOP:%[0-9]+]] = py.load {{.*}} -> !py.int
# CHECK-NEXT: [[STEP:%[0-9]+]] = py.load {{.*}} -> !py.int
# CHECK-NEXT: [[ZERO:%[0-9]+]] = py.int 0
# CHECK-NEXT: [[ISZERO:%[0-9]+]] = py.cmp eq, [[STEP]], [[ZERO]] : !py.int, !py.int
# CHECK-NEXT: [[Z:%[0-9]+]] = py.is_true [[ISZERO]]
# CHECK-NEXT: cf.cond_br [[Z]], ^[[BAD:bb[0-9]+]], ^[[OK:bb[0-9]+]]
# CHECK-NEXT: ^[[BAD]]:
# CHECK-NEXT: py.raise 7
# CHECK-NEXT: cf.br ^[[OK]]
# CHECK-NEXT: ^[[OK]]:
# CHECK-NEXT: py.store [[START]], [[CTR:%[0-9]+]] : !py.int, !py.ref<!py.int>
# CHECK-NEXT: cf.br ^[[HEADER:bb[0-9]+]]
# CHECK-NEXT: ^[[HEADER]]:
# CHECK-NEXT: [[CUR:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: [[POS:%[0-9]+]] = py.cmp gt, [[STEP]], [[ZERO]] : !py.int, !py.int
# CHECK-NEXT: [[P:%[0-9]+]] = py.is_true [[POS]]
# CHECK-NEXT: cf.cond_br [[P]], ^[[UP:bb[0-9]+]], ^[[DOWN:bb[0-9]+]]
# A positive step tests `counter < stop`, a negative one `counter > stop`;
# both go on to the same body and exit.
# CHECK-NEXT: ^[[UP]]:
# CHECK-NEXT: [[LT:%[0-9]+]] = py.cmp lt, [[CUR]], [[STOP]] : !py.int, !py.int
# CHECK-NEXT: [[TLT:%[0-9]+]] = py.is_true [[LT]]
# CHECK-NEXT: cf.cond_br [[TLT]], ^[[BODY:bb[0-9]+]], ^[[EXIT:bb[0-9]+]]
# CHECK-NEXT: ^[[DOWN]]:
# CHECK-NEXT: [[GT:%[0-9]+]] = py.cmp gt, [[CUR]], [[STOP]] : !py.int, !py.int
# CHECK-NEXT: [[TGT:%[0-9]+]] = py.is_true [[GT]]
# CHECK-NEXT: cf.cond_br [[TGT]], ^[[BODY]], ^[[EXIT]]
# The latch adds the variable step and goes back to the header.
# CHECK: py.add {{%[0-9]+}}, [[STEP]] : !py.int
# CHECK-NEXT: py.store {{%[0-9]+}}, [[CTR]]
# CHECK-NEXT: cf.br ^[[HEADER]]
# CHECK-NEXT: ^[[EXIT]]:

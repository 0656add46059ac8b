# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# `for i in range(...)` keeps a hidden counter slot "<name>.range" and copies
# it into the loop variable at the top of each iteration (so assigning to i in
# the body does not change the iteration).  range()'s arguments are evaluated
# once, before the loop.  A constant step picks the test at compile time (lt
# for a positive step, gt for a negative one); a variable step is checked for
# zero (py.raise 7: ValueError) and tested at run time.
#
# Versioning: when start, stop and step are small ints, every counter value
# the body sees is small too, so a copy of the loop marks the counter with
# py.assume_small; with a constant start and a constant step, with
# py.assume_in_range from the start up (or down, for a negative step) to the
# end of the small range.  An innermost loop with run-time bounds gets both copies,
# chosen by one py.int_is_small test, if its body reads the loop variable;
# constant bounds pick one copy at compile time; an outer loop keeps only the
# general copy.

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
# CHECK-NEXT: [[SMALL:%[0-9]+]] = py.int_is_small [[ZERO]], [[STOP]], [[ONE]]
# CHECK-NEXT: cf.cond_br [[SMALL]], ^[[FAST:bb[0-9]+]], ^[[GENERAL:bb[0-9]+]]
# The small copy: the bounds, the body's i and the latch's counter are small.
# CHECK-NEXT: ^[[FAST]]:
# CHECK-NEXT: [[SZERO:%[0-9]+]] = py.assume_small [[ZERO]]
# CHECK-NEXT: [[SSTOP:%[0-9]+]] = py.assume_small [[STOP]]
# CHECK-NEXT: [[SONE:%[0-9]+]] = py.assume_small [[ONE]]
# CHECK-NEXT: py.store [[SZERO]], [[CTR]] : !py.int, !py.ref<!py.int>
# CHECK-NEXT: cf.br ^[[FHEADER:bb[0-9]+]]
# CHECK-NEXT: ^[[FHEADER]]:
# CHECK-NEXT: [[FCUR:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: py.cmp lt, [[FCUR]], [[SSTOP]] : !py.int, !py.int
# CHECK-NEXT: [[FT:%[0-9]+]] = py.is_true
# CHECK-NEXT: cf.cond_br [[FT]], ^[[FBODY:bb[0-9]+]], ^[[EXIT:bb[0-9]+]]
# CHECK-NEXT: ^[[FBODY]]:
# CHECK-NEXT: [[FV:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: [[FVS:%[0-9]+]] = py.assume_in_range [[FV]], 0, 4611686018427387904
# CHECK-NEXT: py.store [[FVS]], [[I]]
# CHECK-NEXT: cf.br ^[[FUSER:bb[0-9]+]]
# CHECK-NEXT: ^[[FUSER]]:
# CHECK: py.load [[I]]
# CHECK: cf.br ^[[FLATCH:bb[0-9]+]]
# CHECK-NEXT: ^[[FLATCH]]:
# CHECK-NEXT: [[FOLD:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: [[FOLDS:%[0-9]+]] = py.assume_in_range [[FOLD]], 0, 4611686018427387904
# CHECK-NEXT: [[FNEW:%[0-9]+]] = py.add [[FOLDS]], [[SONE]] : !py.int
# CHECK-NEXT: py.store [[FNEW]], [[CTR]]
# CHECK-NEXT: cf.br ^[[FHEADER]]
# The general copy: the same loop on the unchecked values.
# CHECK-NEXT: ^[[GENERAL]]:
# CHECK-NEXT: py.store [[ZERO]], [[CTR]] : !py.int, !py.ref<!py.int>
# CHECK-NEXT: cf.br ^[[HEADER:bb[0-9]+]]
# CHECK-NEXT: ^[[HEADER]]:
# CHECK-NEXT: [[CUR:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: [[TEST:%[0-9]+]] = py.cmp lt, [[CUR]], [[STOP]] : !py.int, !py.int
# CHECK-NEXT: [[T:%[0-9]+]] = py.is_true [[TEST]] : !py.bool
# CHECK-NEXT: cf.cond_br [[T]], ^[[BODY:bb[0-9]+]], ^[[EXIT]]
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
# Both copies leave to the one exit after the loop.
# CHECK-NEXT: ^[[EXIT]]:

def down() -> int:
    total = 0
    for k in range(10, 0, -3):
        total += k
    return total
# Small constant bounds: only the small copy, with no run-time test.  A
# negative constant step: the header tests `counter > stop`.
# CHECK-LABEL: func.func {{.*}}@py.down(
# CHECK: [[START:%[0-9]+]] = py.int 10
# CHECK-NEXT: [[STOP:%[0-9]+]] = py.int 0
# CHECK-NEXT: [[THREE:%[0-9]+]] = py.int 3
# CHECK-NEXT: [[STEP:%[0-9]+]] = py.neg [[THREE]] : !py.int
# CHECK-NOT: py.raise
# CHECK-NOT: py.int_is_small
# CHECK: [[SSTART:%[0-9]+]] = py.assume_small [[START]]
# CHECK-NEXT: [[SSTOP:%[0-9]+]] = py.assume_small [[STOP]]
# CHECK-NEXT: [[SSTEP:%[0-9]+]] = py.assume_small [[STEP]]
# CHECK-NEXT: py.store [[SSTART]], [[CTR:%[0-9]+]]
# CHECK: [[CUR:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: py.cmp gt, [[CUR]], [[SSTOP]] : !py.int, !py.int
# CHECK-NOT: py.cmp lt
# Counting down from 10: every value the body sees is at most 10.
# CHECK: py.assume_in_range {{%[0-9]+}}, -4611686018427387904, 11
# CHECK: py.add {{%[0-9]+}}, [[SSTEP]] : !py.int
# CHECK-NOT: py.raise
# CHECK-NOT: py.add
# CHECK: func.return

def huge() -> int:
    total = 0
    for h in range(4611686018427387904, 4611686018427387907):  # 2**62 on
        total += h
    return total
# A constant bound that is not small: only the general copy.
# CHECK-LABEL: func.func {{.*}}@py.huge(
# CHECK-NOT: py.int_is_small
# CHECK-NOT: py.assume_small
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
# CHECK-NEXT: py.int_is_small [[START]], [[STOP]], [[STEP]]
# The small copy comes first; check the general one's shape.
# CHECK: py.store [[START]], [[CTR:%[0-9]+]] : !py.int, !py.ref<!py.int>
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

def from_five(n: int, s: int) -> int:
    total = 0
    for v in range(5, n, s):
        total += v
    return total
# A constant start but a variable step: the counter is only known small.
# CHECK-LABEL: func.func {{.*}}@py.from_five(
# CHECK-NOT: py.assume_in_range
# CHECK: py.assume_small
# CHECK-NOT: py.assume_in_range
# CHECK: func.return

def nested(n: int) -> int:
    total = 0
    for a in range(n):
        if a > 2:
            for b in range(a):
                total += b
    return total
# Only the innermost loop is versioned: one py.int_is_small, for b's range.
# CHECK-LABEL: func.func {{.*}}@py.nested(
# CHECK-DAG: [[A:%[0-9]+]] = py.alloca "a.range"
# CHECK-DAG: [[B:%[0-9]+]] = py.alloca "b.range"
# CHECK: py.load [[A]]
# CHECK-NOT: py.assume_small
# CHECK: py.int_is_small
# CHECK-NOT: py.int_is_small
# CHECK: func.return

def repeat(n: int) -> int:
    total = 0
    for _ in range(n):
        total += 3
    return total
# A body that never reads the loop variable gains little from a small copy:
# only the general one.
# CHECK-LABEL: func.func {{.*}}@py.repeat(
# CHECK-NOT: py.int_is_small
# CHECK-NOT: py.assume_small
# CHECK: func.return

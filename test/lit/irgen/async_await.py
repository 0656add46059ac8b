# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck --check-prefix=MOD %s
# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck --check-prefix=MAIN %s
# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck --check-prefix=WORKER %s
# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck --check-prefix=SCALE %s
# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck --check-prefix=SIGN %s
# `async def` becomes a func.func marked `py.async`; `await f(x)` and the
# module-level call `main()` of an async function become py.await.  An
# unannotated parameter takes its type from the first call (worker(5): int,
# scale(1.5): float) and an unannotated result from the first return.
# (One prefix per function: the checks do not depend on the functions' order.)

async def worker(task_id):
    return task_id * 2

def scale(x):
    return x * 2.5

def sign(n: int):
    if n < 0:
        return False
    return True

async def main():
    result = await worker(5)
    print(result)
    print(scale(1.5), sign(-3))

main()

# The module runs main() by awaiting it: no result.
# MOD-LABEL: func.func @aithon_module_main() {
# MOD-NEXT: py.await @py.main() : () -> (){{$}}
# MOD-NEXT: func.return{{$}}
# MOD-NEXT: }

# MAIN-LABEL: func.func private @py.main() attributes {py.async} {
# MAIN-NEXT: [[SLOT:%[0-9]+]] = py.alloca "result" : !py.ref<!py.int>
# MAIN-NEXT: [[FIVE:%[0-9]+]] = py.int 5
# MAIN-NEXT: [[R:%[0-9]+]] = py.await @py.worker([[FIVE]]) : (!py.int) -> !py.int
# MAIN-NEXT: py.store [[R]], [[SLOT]] : !py.int, !py.ref<!py.int>
# MAIN: [[X:%[0-9]+]] = py.float 1.5
# MAIN-NEXT: [[S:%[0-9]+]] = func.call @py.scale([[X]]) : (!py.float) -> !py.float
# MAIN: [[B:%[0-9]+]] = func.call @py.sign({{%[0-9]+}}) : (!py.int) -> !py.bool
# MAIN: func.return{{$}}
# MAIN-NEXT: }

# worker(task_id): int from worker(5), result int from `return task_id * 2`.
# WORKER-LABEL: func.func private @py.worker(%0: !py.int) -> !py.int attributes {py.async} {
# WORKER-NEXT: [[SLOT:%[0-9]+]] = py.alloca "task_id" : !py.ref<!py.int>
# WORKER-NEXT: py.store %0, [[SLOT]] : !py.int, !py.ref<!py.int>
# WORKER-NEXT: [[T:%[0-9]+]] = py.load [[SLOT]] : !py.ref<!py.int> -> !py.int
# WORKER-NEXT: [[TWO:%[0-9]+]] = py.int 2
# WORKER-NEXT: [[P:%[0-9]+]] = py.mul [[T]], [[TWO]] : !py.int
# WORKER-NEXT: func.return [[P]] : !py.int
# WORKER-NEXT: }

# scale(x): float from scale(1.5); a plain def, so no py.async.
# SCALE-LABEL: func.func private @py.scale(%0: !py.float) -> !py.float {
# SCALE-NEXT: [[SLOT:%[0-9]+]] = py.alloca "x" : !py.ref<!py.float>
# SCALE-NEXT: py.store %0, [[SLOT]] : !py.float, !py.ref<!py.float>
# SCALE-NEXT: [[V:%[0-9]+]] = py.load [[SLOT]] : !py.ref<!py.float> -> !py.float
# SCALE-NEXT: [[K:%[0-9]+]] = py.float 2.5
# SCALE-NEXT: [[P:%[0-9]+]] = py.mul [[V]], [[K]] : !py.float
# SCALE-NEXT: func.return [[P]] : !py.float
# SCALE-NEXT: }

# sign(n: int): the result is bool, from its first return.
# SIGN-LABEL: func.func private @py.sign(%0: !py.int) -> !py.bool {
# SIGN: [[F:%[0-9]+]] = py.bool false
# SIGN-NEXT: func.return [[F]] : !py.bool
# SIGN: [[T:%[0-9]+]] = py.bool true
# SIGN-NEXT: func.return [[T]] : !py.bool
# SIGN-NEXT: }

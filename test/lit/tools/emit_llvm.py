# RUN: %aithon %s --emit-llvm | filecheck %s
# --emit-llvm prints the LLVM IR: a function per `def` (internal linkage, so
# LLVM may inline it), aithon_module_main for the module's code, and calls
# into the runtime for slow paths and printing.

def twice(x: int) -> int:
    return x + x

print(twice(21) // 0.5)

# CHECK: define void @aithon_module_main() {
# CHECK: [[R:%[0-9]+]] = call i64 @py.twice(i64 42)
# CHECK: call double @aithon_int_to_float(i64 [[R]])
# CHECK: call double @aithon_float_floordiv(double %{{[0-9]+}}, double 5.000000e-01)
# CHECK: call void @aithon_print_float(double
# CHECK: call void @aithon_print_str(ptr @str.{{[0-9]+}}, i64 1)
# CHECK: ret void
# CHECK: define internal i64 @py.twice(i64 %0) {
# The IR is unoptimised: x lives in an alloca until clang's mem2reg.
# CHECK-NEXT: [[SLOT:%[0-9]+]] = alloca i64
# Then the yield check (insert-yield-checks), then the parameter's store.
# CHECK: call preserve_allcc void @aithon_yield_preserving()
# CHECK: store i64 %0, ptr [[SLOT]]
# CHECK-NEXT: [[A:%[0-9]+]] = load i64, ptr [[SLOT]]
# CHECK-NEXT: [[B:%[0-9]+]] = load i64, ptr [[SLOT]]
# CHECK-NEXT: call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 [[A]], i64 [[B]])
# CHECK: call i64 @aithon_int_add(i64 [[A]], i64 [[B]])
# CHECK: ret i64
# CHECK-DAG: declare i64 @aithon_int_add(i64, i64)
# CHECK-DAG: declare double @aithon_int_to_float(i64)
# CHECK-DAG: declare double @aithon_float_floordiv(double, double)
# CHECK-DAG: declare void @aithon_print_float(double)
# CHECK-DAG: declare void @aithon_print_str(ptr, i64)

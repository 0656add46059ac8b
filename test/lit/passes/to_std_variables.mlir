// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// Locals: py.alloca → llvm.alloca of the machine type (mem2reg makes them SSA
// later), py.load/py.store → llvm.load/llvm.store.  Module variables:
// py.global → a zero-initialised internal llvm.mlir.global.  A variable with a
// {checked} load also gets an i1 "<name>.bound" flag, set by every store and
// tested by the checked load, which raises NameError with the Python name.

py.global @py.count : !py.int
py.global @py.ratio : !py.float
py.global @py.flag : !py.bool
// CHECK-DAG: llvm.mlir.global private constant @[[NAME:str\.[0-9]+]]("ratio\00")
// CHECK-DAG: llvm.mlir.global internal @py.count(0 : i64) {{.*}} : i64
// CHECK-DAG: llvm.mlir.global internal @py.ratio(0.000000e+00 : f64) {{.*}} : f64
// CHECK-DAG: llvm.mlir.global internal @py.ratio.bound(false) {{.*}} : i1
// CHECK-DAG: llvm.mlir.global internal @py.flag(false) {{.*}} : i1
// Only checked variables have a flag.
// CHECK-NOT: @py.count.bound(
// CHECK-NOT: @py.flag.bound(

func.func @aithon_module_main() {
  %one = py.int 1
  py.global_store %one, @py.count : !py.int
  %c = py.global_load @py.count : !py.int
  py.print %c : !py.int
  %f = py.float 0.5
  py.global_store %f, @py.ratio : !py.float
  func.return
}
// CHECK-LABEL: func.func @aithon_module_main() {
// CHECK-NEXT: %one = arith.constant 2 : i64
// CHECK-NEXT: [[A:%[0-9]+]] = llvm.mlir.addressof @py.count : !llvm.ptr
// CHECK-NEXT: llvm.store %one, [[A]] : i64, !llvm.ptr
// CHECK-NEXT: [[B:%[0-9]+]] = llvm.mlir.addressof @py.count : !llvm.ptr
// CHECK-NEXT: %c = llvm.load [[B]] : !llvm.ptr -> i64
// CHECK: %f = arith.constant 5.000000e-01 : f64
// CHECK-NEXT: [[R:%[0-9]+]] = llvm.mlir.addressof @py.ratio : !llvm.ptr
// CHECK-NEXT: llvm.store %f, [[R]] : f64, !llvm.ptr
// CHECK-NEXT: [[T:%[0-9]+]] = arith.constant true
// CHECK-NEXT: [[RB:%[0-9]+]] = llvm.mlir.addressof @py.ratio.bound : !llvm.ptr
// CHECK-NEXT: llvm.store [[T]], [[RB]] : i1, !llvm.ptr

func.func @reader() -> !py.float {
  %r = py.global_load @py.ratio {checked} : !py.float
  %b = py.global_load @py.flag : !py.bool
  py.print %b : !py.bool
  func.return %r : !py.float
}
// CHECK-LABEL: func.func @reader() -> f64 {
// CHECK-NEXT: [[FA:%[0-9]+]] = llvm.mlir.addressof @py.ratio.bound : !llvm.ptr
// CHECK-NEXT: [[BOUND:%[0-9]+]] = llvm.load [[FA]] : !llvm.ptr -> i1
// CHECK-NEXT: [[TRUE:%[0-9]+]] = arith.constant true
// CHECK-NEXT: [[UNBOUND:%[0-9]+]] = arith.xori [[BOUND]], [[TRUE]] : i1
// CHECK-NEXT: scf.if [[UNBOUND]] {
// CHECK-NEXT: [[N:%[0-9]+]] = llvm.mlir.addressof @[[NAME]] : !llvm.ptr
// CHECK-NEXT: func.call @aithon_raise_name_error([[N]]) : (!llvm.ptr) -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// CHECK-NEXT: [[RA:%[0-9]+]] = llvm.mlir.addressof @py.ratio : !llvm.ptr
// CHECK-NEXT: %r = llvm.load [[RA]] : !llvm.ptr -> f64
// An unchecked load is a plain load.
// CHECK-NEXT: [[FL:%[0-9]+]] = llvm.mlir.addressof @py.flag : !llvm.ptr
// CHECK-NEXT: %b = llvm.load [[FL]] : !llvm.ptr -> i1

func.func @locals(%a: !py.int) -> !py.int {
  %s = py.alloca "x" : !py.ref<!py.int>
  %t = py.alloca "y" : !py.ref<!py.float>
  py.store %a, %s : !py.int, !py.ref<!py.int>
  %v = py.load %s : !py.ref<!py.int> -> !py.int
  func.return %v : !py.int
}
// CHECK-LABEL: func.func @locals(%a: i64) -> i64 {
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: %s = llvm.alloca [[ONE]] x i64 {alignment = 8 : i64} : (i64) -> !llvm.ptr
// CHECK-NEXT: [[ONE2:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: %t = llvm.alloca [[ONE2]] x f64 {alignment = 8 : i64} : (i64) -> !llvm.ptr
// CHECK-NEXT: llvm.store %a, %s : i64, !llvm.ptr
// CHECK-NEXT: %v = llvm.load %s : !llvm.ptr -> i64
// CHECK-NEXT: func.return %v : i64

// CHECK: func.func private @aithon_raise_name_error(!llvm.ptr) -> ()

// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// py-to-std on tuples and pids: a tuple is an LLVM struct value built with
// insertvalue and read with extractvalue; a pid is an i64, printed by
// aithon_print_pid, compared with a plain cmpi, and always true.

func.func @py.pair(%a: !py.int, %b: !py.float) -> !py.tuple<!py.int, !py.float> {
  %t = py.tuple %a, %b : !py.tuple<!py.int, !py.float>
  func.return %t : !py.tuple<!py.int, !py.float>
}
// CHECK-LABEL: func.func @py.pair(%a: i64, %b: f64) -> !llvm.struct<(i64, f64)> {
// CHECK-NEXT: [[U:%[0-9a-z_]+]] = llvm.mlir.undef : !llvm.struct<(i64, f64)>
// CHECK-NEXT: [[T0:%[0-9a-z_]+]] = llvm.insertvalue %a, [[U]][0] : !llvm.struct<(i64, f64)>
// CHECK-NEXT: [[T1:%[0-9a-z_]+]] = llvm.insertvalue %b, [[T0]][1] : !llvm.struct<(i64, f64)>
// CHECK-NEXT: func.return [[T1]] : !llvm.struct<(i64, f64)>

// Nested tuples nest structs; an item is read at its constant index.
func.func @py.inner(%t: !py.tuple<!py.bool, !py.tuple<!actor.pid, !py.none>>) -> !actor.pid {
  %in = py.tuple_get %t[1] : !py.tuple<!py.bool, !py.tuple<!actor.pid, !py.none>> -> !py.tuple<!actor.pid, !py.none>
  %p = py.tuple_get %in[0] : !py.tuple<!actor.pid, !py.none> -> !actor.pid
  func.return %p : !actor.pid
}
// CHECK-LABEL: func.func @py.inner(%t: !llvm.struct<(i1, !llvm.struct<(i64, i8)>)>) -> i64 {
// CHECK-NEXT: %in = llvm.extractvalue %t[1] : !llvm.struct<(i1, !llvm.struct<(i64, i8)>)>
// CHECK-NEXT: %p = llvm.extractvalue %in[0] : !llvm.struct<(i64, i8)>
// CHECK-NEXT: func.return %p : i64

// A pid prints as <Pid slot.generation>, not as an int; == is a word compare
// (an int's == would test the tag bits first); truth is constant.
func.func @py.pids(%p: !actor.pid, %q: !actor.pid, %e: !py.tuple<>) -> (!py.bool, i1, i1) {
  py.print %p : !actor.pid
  %same = py.cmp ne, %p, %q : !actor.pid, !actor.pid
  %t = py.is_true %p : !actor.pid
  %f = py.is_true %e : !py.tuple<>
  func.return %same, %t, %f : !py.bool, i1, i1
}
// CHECK-LABEL: func.func @py.pids(%p: i64, %q: i64, %e: !llvm.struct<()>) -> (i1, i1, i1) {
// CHECK-NEXT: func.call @aithon_print_pid(%p) : (i64) -> ()
// CHECK-NEXT: %same = arith.cmpi ne, %p, %q : i64
// CHECK-NEXT: %t = arith.constant true
// CHECK-NEXT: %f = arith.constant false
// CHECK-NEXT: func.return %same, %t, %f : i1, i1, i1

// A local tuple lives in a struct-typed stack slot.
func.func @py.local(%a: !py.int) {
  %slot = py.alloca "t" : !py.ref<!py.tuple<!py.int, !py.int>>
  %t = py.tuple %a, %a : !py.tuple<!py.int, !py.int>
  py.store %t, %slot : !py.tuple<!py.int, !py.int>, !py.ref<!py.tuple<!py.int, !py.int>>
  func.return
}
// CHECK-LABEL: func.func @py.local(%a: i64) {
// CHECK: llvm.alloca {{%[0-9]+}} x !llvm.struct<(i64, i64)> {alignment = 8 : i64} : (i64) -> !llvm.ptr
// CHECK: llvm.store {{%[0-9a-z_]+}}, %slot : !llvm.struct<(i64, i64)>, !llvm.ptr

// A module variable holding a tuple starts as a zero struct.
py.global @py.origin : !py.tuple<!py.float, !py.float>
// CHECK-LABEL: llvm.mlir.global internal @py.origin() {{.*}} : !llvm.struct<(f64, f64)> {
// CHECK-NEXT: [[Z:%[0-9]+]] = llvm.mlir.zero : !llvm.struct<(f64, f64)>
// CHECK-NEXT: llvm.return [[Z]] : !llvm.struct<(f64, f64)>

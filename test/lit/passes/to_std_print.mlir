// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// py.print calls the runtime printer for the value's type; py.print_str
// passes a pointer to a private constant holding the text and its length in
// bytes.  Identical texts share one constant.  py.raise calls aithon_raise.

func.func @prints(%i: !py.int, %f: !py.float, %b: !py.bool, %n: !py.none) {
  py.print %i : !py.int
  py.print %f : !py.float
  py.print %b : !py.bool
  py.print %n : !py.none
  py.print_str "hello\n"
  py.print_str ", "
  py.print_str "hello\n"
  py.raise 7
  func.return
}
// CHECK-DAG: llvm.mlir.global private constant @[[HELLO:str\.[0-9]+]]("hello\0A") {{.*}} : !llvm.array<6 x i8>
// CHECK-DAG: llvm.mlir.global private constant @[[SEP:str\.[0-9]+]](", ") {{.*}} : !llvm.array<2 x i8>
// CHECK-NOT: llvm.mlir.global
// CHECK-LABEL: func.func @prints(%i: i64, %f: f64, %b: i1, %n: i8) {
// CHECK-NEXT: func.call @aithon_print_int(%i) : (i64) -> ()
// CHECK-NEXT: func.call @aithon_print_float(%f) : (f64) -> ()
// CHECK-NEXT: func.call @aithon_print_bool(%b) : (i1) -> ()
// CHECK-NEXT: func.call @aithon_print_none() : () -> ()
// CHECK-NEXT: [[P1:%[0-9]+]] = llvm.mlir.addressof @[[HELLO]] : !llvm.ptr
// CHECK-NEXT: [[L1:%[0-9]+]] = arith.constant 6 : i64
// CHECK-NEXT: func.call @aithon_print_str([[P1]], [[L1]]) : (!llvm.ptr, i64) -> ()
// CHECK-NEXT: [[P2:%[0-9]+]] = llvm.mlir.addressof @[[SEP]] : !llvm.ptr
// CHECK-NEXT: [[L2:%[0-9]+]] = arith.constant 2 : i64
// CHECK-NEXT: func.call @aithon_print_str([[P2]], [[L2]])
// CHECK-NEXT: [[P3:%[0-9]+]] = llvm.mlir.addressof @[[HELLO]] : !llvm.ptr
// CHECK-NEXT: [[L3:%[0-9]+]] = arith.constant 6 : i64
// CHECK-NEXT: func.call @aithon_print_str([[P3]], [[L3]])
// CHECK-NEXT: [[CODE:%[0-9]+]] = arith.constant 7 : i32
// CHECK-NEXT: func.call @aithon_raise([[CODE]]) : (i32) -> ()
// CHECK-NEXT: func.return

// CHECK-DAG: func.func private @aithon_print_int(i64) -> ()
// CHECK-DAG: func.func private @aithon_print_float(f64) -> ()
// CHECK-DAG: func.func private @aithon_print_bool(i1) -> ()
// CHECK-DAG: func.func private @aithon_print_none() -> ()
// CHECK-DAG: func.func private @aithon_print_str(!llvm.ptr, i64) -> ()
// CHECK-DAG: func.func private @aithon_raise(i32) -> ()

# RUN: %aithon %s --emit-mlir --stop-after=py-to-std | filecheck %s
# print_str passes the text's length in UTF-8 bytes, not in characters:
# "héllo €" is 7 characters and 10 bytes.

print("héllo €", end="")

# CHECK: llvm.mlir.global private constant @[[S:str\.[0-9]+]]("h\C3\A9llo \E2\82\AC") {{.*}} : !llvm.array<10 x i8>
# CHECK-LABEL: func.func @aithon_module_main() {
# CHECK-NEXT: actor.yield_check
# CHECK-NEXT: [[P:%[0-9]+]] = llvm.mlir.addressof @[[S]] : !llvm.ptr
# CHECK-NEXT: [[N:%[0-9]+]] = arith.constant 10 : i64
# CHECK-NEXT: func.call @aithon_print_str([[P]], [[N]]) : (!llvm.ptr, i64) -> ()
# CHECK-NEXT: func.return

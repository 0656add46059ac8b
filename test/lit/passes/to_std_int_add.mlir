// RUN: %aithon-opt %s -p py-to-std | filecheck %s
// RUN: %aithon-opt %s -p py-to-std | filecheck --check-prefix=NOPY %s
// An int is one tagged i64 word: a small int v is v << 1 (tag bit 0), a word
// with the tag bit set points to a big int.  py.add is inlined when both tags
// are clear and the signed addition does not overflow; otherwise the runtime's
// aithon_int_add (GMP) computes it.  Each runtime function is declared once.

func.func @add(%a: !py.int, %b: !py.int) -> !py.int {
  %r = py.add %a, %b : !py.int
  %s = py.add %r, %b : !py.int
  func.return %s : !py.int
}
// CHECK-LABEL: func.func @add(%a: i64, %b: i64) -> i64 {
// The tagged words add directly; LLVM's overflow intrinsic gives the flag.
// CHECK: [[PAIR:%[0-9]+]] = llvm.call_intrinsic "llvm.sadd.with.overflow.i64"(%a, %b) : (i64, i64) -> !llvm.struct<(i64, i1)>
// CHECK-NEXT: [[SUM:%[0-9]+]] = llvm.extractvalue [[PAIR]][0] : !llvm.struct<(i64, i1)>
// CHECK-NEXT: [[OVF:%[0-9]+]] = llvm.extractvalue [[PAIR]][1] : !llvm.struct<(i64, i1)>
// Both tags clear: (a | b) & 1 == 0.
// CHECK-NEXT: [[OR:%[0-9]+]] = arith.ori %a, %b : i64
// CHECK-NEXT: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[TAGS:%[0-9]+]] = arith.andi [[OR]], [[ONE]] : i64
// CHECK-NEXT: [[Z2:%[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT: [[SMALL:%[0-9]+]] = arith.cmpi eq, [[TAGS]], [[Z2]] : i64
// CHECK-NEXT: [[TRUE:%[0-9]+]] = arith.constant true
// CHECK-NEXT: [[NOVF:%[0-9]+]] = arith.xori [[OVF]], [[TRUE]] : i1
// CHECK-NEXT: [[FAST:%[0-9]+]] = arith.andi [[SMALL]], [[NOVF]] : i1
// CHECK-NEXT: %r = scf.if [[FAST]] -> (i64) {
// CHECK-NEXT: scf.yield [[SUM]] : i64
// CHECK-NEXT: } else {
// CHECK-NEXT: [[SLOW:%[0-9]+]] = func.call @aithon_int_add(%a, %b) : (i64, i64) -> i64
// CHECK-NEXT: scf.yield [[SLOW]] : i64
// CHECK-NEXT: }
// The second add consumes the first's merged result.
// CHECK: llvm.call_intrinsic "llvm.sadd.with.overflow.i64"(%r, %b)
// CHECK: %s = scf.if
// CHECK: func.call @aithon_int_add(%r, %b)
// CHECK: func.return %s : i64
// CHECK-NEXT: }

func.func @sub(%a: !py.int, %b: !py.int) -> !py.int {
  %r = py.sub %a, %b : !py.int
  func.return %r : !py.int
}
// CHECK-LABEL: func.func @sub(%a: i64, %b: i64) -> i64 {
// CHECK: [[PAIR:%[0-9]+]] = llvm.call_intrinsic "llvm.ssub.with.overflow.i64"(%a, %b)
// CHECK-NEXT: [[D:%[0-9]+]] = llvm.extractvalue [[PAIR]][0]
// CHECK: %r = scf.if {{%[0-9]+}} -> (i64) {
// CHECK-NEXT: scf.yield [[D]] : i64
// CHECK-NEXT: } else {
// CHECK-NEXT: func.call @aithon_int_sub(%a, %b) : (i64, i64) -> i64

func.func @mul(%a: !py.int, %b: !py.int) -> !py.int {
  %r = py.mul %a, %b : !py.int
  func.return %r : !py.int
}
// (a >> 1) * b is the tagged product; smul.with.overflow flags a product
// that does not fit the word.
// CHECK-LABEL: func.func @mul(%a: i64, %b: i64) -> i64 {
// CHECK: [[ONE:%[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT: [[HALF:%[0-9]+]] = arith.shrsi %a, [[ONE]] : i64
// CHECK-NEXT: [[PAIR:%[0-9]+]] = llvm.call_intrinsic "llvm.smul.with.overflow.i64"([[HALF]], %b)
// CHECK-NEXT: [[PRODUCT:%[0-9]+]] = llvm.extractvalue [[PAIR]][0]
// CHECK: %r = scf.if {{%[0-9]+}} -> (i64) {
// CHECK-NEXT: scf.yield [[PRODUCT]] : i64
// CHECK-NEXT: } else {
// CHECK-NEXT: func.call @aithon_int_mul(%a, %b) : (i64, i64) -> i64

// The runtime declarations, once each, at the end of the module.
// CHECK: func.func private @aithon_int_add(i64, i64) -> i64
// CHECK-NOT: @aithon_int_add(
// CHECK: func.func private @aithon_int_sub(i64, i64) -> i64
// CHECK: func.func private @aithon_int_mul(i64, i64) -> i64
// CHECK-NOT: func.func private @aithon_int_add

// No py op or type is left anywhere.
// NOPY-NOT: {{py\.|!py}}

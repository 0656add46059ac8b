// RUN: %aithon-opt --list-passes | filecheck %s
// aithon-opt lists its passes with the first line of their documentation,
// then the named pipelines with what they expand to.

// CHECK: passes:
// CHECK-NEXT: py-fold-constants {{.*}}literals at compile time
// CHECK-NEXT: py-tail-recursion {{.*}}self-calls in tail position become a loop
// CHECK-NEXT: py-to-std {{.*}}func/arith/scf/cf/llvm + runtime calls
// CHECK-NEXT: lower-fast-paths-to-cf {{.*}}fast paths → `cf` branches
// CHECK-NEXT: async-to-actor {{.*}}async functions and awaits → `actor` ops
// CHECK-NEXT: insert-yield-checks {{.*}}preemption points for the scheduler
// CHECK-NEXT: actor-to-llvm {{.*}}`actor` ops → calls of the runtime's C ABI
// CHECK-NEXT: pipelines:
// CHECK-DAG: py-optimize py-fold-constants,py-tail-recursion{{$}}
// CHECK-DAG: py-lower py-fold-constants,py-tail-recursion,async-to-actor,insert-yield-checks,py-to-std,actor-to-llvm,lower-fast-paths-to-cf{{$}}

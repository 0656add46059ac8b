# RUN: env AITHON_CLANG=clang-does-not-exist %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --check-prefix=CLANG %s
# RUN: env AITHON_MLIR_OPT=mlir-opt-missing %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --check-prefix=OPT %s
# RUN: env AITHON_RUNTIME=%t.no-such-runtime.a %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --check-prefix=LIBRARY %s
# A missing tool is named, with the command that installs it; exit status 1.

print(1)

# CLANG: aithon: error: 'clang-does-not-exist' not found on PATH; install it with: sudo apt-get install mlir-22-tools llvm-22 clang-22 libgmp-dev (or set AITHON_CLANG)
# CLANG-NOT: Traceback
# OPT: aithon: error: 'mlir-opt-missing' not found on PATH; install it with: {{.*}}apt-get install mlir-22-tools{{.*}} (or set AITHON_MLIR_OPT)
# LIBRARY: aithon: error: the AIthon runtime library {{.*}}no-such-runtime.a is missing; build it with 'make runtime' (or set AITHON_RUNTIME)

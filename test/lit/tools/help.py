# RUN: env COLUMNS=200 %aithon --help | filecheck %s
# The help text names every user-facing option and the `run` subcommand.
# (COLUMNS fixes argparse's line wrapping.)

# CHECK: usage: aithon [-h] [-o OUTPUT] [--emit-mlir | --emit-llvm | --emit-obj] [--stop-after STAGE]
# CHECK-SAME: [-O0|-O1|-O2|-O3] [-g] [--verify-each] source
# CHECK: 'aithon run prog.py [args...]' compiles to a cache and runs the program.
# CHECK: -o OUTPUT {{.*}}output file
# CHECK: --emit-mlir {{.*}}print MLIR
# CHECK: --emit-llvm {{.*}}print LLVM IR
# CHECK: --emit-obj {{.*}}write an object file
# CHECK: --stop-after STAGE {{.*}}stop after this stage (irgen, py-fold-constants, py-tail-recursion, async-to-actor, insert-yield-checks, py-to-std, actor-to-llvm, lower-fast-paths-to-cf)
# CHECK: --emit-llvm-dialect
# CHECK: -O0, -O1, -O2, -O3 {{.*}}optimisation level (default -O2)
# CHECK: -g {{.*}}emit DWARF line tables for the .py file
# CHECK: --verify-each {{.*}}verify the IR with xDSL after every pass

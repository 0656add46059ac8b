"""`aithon-translate`: LLVM-dialect MLIR → LLVM IR (through mlir-translate-22).

    aithon-translate module.mlir -o module.ll
    aithon-translate --lower std.mlir       (first lower func/arith/cf/scf to llvm)
"""

from __future__ import annotations

import argparse
import sys

from aithon.backend import driver
from aithon.backend.toolchain import ToolchainError, tool
from aithon.cli.common import write_output


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="aithon-translate",
                                description="Translate LLVM-dialect MLIR into LLVM IR.")
    p.add_argument("input", nargs="?", default="-", help="MLIR file ('-' for stdin)")
    p.add_argument("-o", dest="output", default="-", help="output file (default stdout)")
    p.add_argument("--lower", action="store_true",
                   help="first run mlir-opt-22's lowering of func/arith/cf/scf to the llvm dialect")
    args = p.parse_args(argv)
    try:
        text = sys.stdin.read() if args.input == "-" else open(args.input, encoding="utf-8").read()
    except OSError as err:
        sys.stderr.write(f"aithon-translate: error: cannot read {args.input}: {err.strerror}\n")
        return 1
    try:
        if args.lower:
            text = driver.run_tool([tool("mlir-opt"), *driver.LOWER_TO_LLVM, "-"], text)
        llvm_ir = driver.to_llvm_ir(text)
    except (ToolchainError, driver.BackendError) as err:
        message = str(err).replace("<stdin>", args.input if args.input != "-" else "<stdin>")
        sys.stderr.write(f"aithon-translate: error: {message}")
        return 1
    write_output(llvm_ir, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())

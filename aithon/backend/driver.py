"""From an LLVM-ready MLIR module to LLVM IR, objects and executables.

    MLIR (generic form, with locations)
      → mlir-opt-22: scf → cf, everything → llvm dialect (+ debug scopes with -g)
      → mlir-translate-22 --mlir-to-llvmir
      → clang-22 -O<n> -c  → object
      → clang-22 object + libaithon_rt.a + GMP → executable

MLIR text travels between xDSL and mlir-opt in generic form with
--mlir-print-debuginfo, so every op keeps its file:line:col and `-g` yields
DWARF line tables pointing into the .py file.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from xdsl.dialects.builtin import ModuleOp, StringAttr
from xdsl.printer import Printer

from aithon.backend.toolchain import ToolchainError, runtime_library, target_triple, tool

LOWER_TO_LLVM = [
    "--convert-scf-to-cf",
    "--convert-to-llvm",
    "--reconcile-unrealized-casts",
]
DEBUG_SCOPES = "--ensure-debug-info-scope-on-llvm-func=emission-kind=LineTablesOnly"


class BackendError(Exception):
    """A tool of the LLVM toolchain failed on what the compiler produced."""


def generic_mlir(module: ModuleOp) -> str:
    stream = io.StringIO()
    Printer(stream=stream, print_generic_format=True, print_debuginfo=True).print_op(module)
    return stream.getvalue() + "\n"


def _run(command: list[str], stdin: str | bytes | None = None, what: str = "") -> bytes:
    result = subprocess.run(command, input=stdin.encode() if isinstance(stdin, str) else stdin,
                            capture_output=True)
    if result.returncode != 0:
        raise BackendError(f"{what or Path(command[0]).name} failed:\n{result.stderr.decode(errors='replace')}")
    return result.stdout


def to_llvm_dialect(module: ModuleOp, debug: bool) -> str:
    """Run mlir-opt's standard lowering; returns LLVM-dialect MLIR text."""
    module.attributes["llvm.target_triple"] = StringAttr(target_triple())
    passes = [*LOWER_TO_LLVM, *([DEBUG_SCOPES] if debug else [])]
    out = _run([tool("mlir-opt"), *passes, "--mlir-print-debuginfo", "-"], generic_mlir(module))
    return out.decode()


def run_tool(command: list[str], text: str) -> str:
    """Run an MLIR tool on `text` (stdin), returning its output."""
    return _run(command, text).decode()


def to_llvm_ir(llvm_dialect: str) -> str:
    return _run([tool("mlir-translate"), "--mlir-to-llvmir", "-"], llvm_dialect).decode()


def compile_llvm_ir(llvm_ir: str, output: Path, opt_level: int, debug: bool, assemble_only: bool) -> None:
    """LLVM IR → object file (or assembly)."""
    flags = [f"-O{opt_level}", "-x", "ir", "-", "-o", str(output), "-Wno-override-module"]
    flags += ["-g"] if debug else []
    # Python floats round every operation: never fuse a*b+c into an FMA.
    flags += ["-ffp-contract=off"]
    _run([tool("clang"), "-c" if not assemble_only else "-S", *flags], llvm_ir, "clang (code generation)")


def link(objects: list[Path], output: Path, debug: bool) -> None:
    command = [tool("clang"), *map(str, objects), str(runtime_library()), "-lgmp", "-lstdc++", "-lm",
               "-o", str(output)]
    command += ["-g"] if debug else []
    _run(command, None, "linking")


__all__ = ["BackendError", "ToolchainError", "generic_mlir", "to_llvm_dialect", "to_llvm_ir",
           "compile_llvm_ir", "link", "run_tool"]

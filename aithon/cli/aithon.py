"""`aithon`: compile a Python file to a native executable (also `aithon_compiler`).

    aithon prog.py -o prog            compile and link
    aithon prog.py --emit-mlir        print the MLIR handed to mlir-opt
    aithon prog.py --emit-mlir --stop-after=irgen   ... or after any stage
    aithon prog.py --emit-llvm        print LLVM IR
    aithon prog.py --emit-obj -o p.o  write an object file
    aithon run prog.py [args...]      compile (cached) and run
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from pathlib import Path

from aithon.backend import driver
from aithon.cli.common import report, with_deep_recursion, write_output
from aithon.compiler import DEFAULT_PIPELINE, compile_to_std
from aithon.passes.registry import expand

STAGES = ["irgen", *expand([DEFAULT_PIPELINE])]


OPT_LEVELS = ("-O0", "-O1", "-O2", "-O3")


class _OptLevel(argparse.Action):
    """-O0 … -O3 as one option, so that --help lists them on one line."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, int(option_string[2:]))

    def format_usage(self) -> str:
        return "|".join(self.option_strings)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="aithon",
        description="Compile typed Python to a native executable through MLIR and LLVM. "
        "'aithon run prog.py [args...]' compiles to a cache and runs the program.",
    )
    p.add_argument("source", help="the Python file to compile")
    p.add_argument("-o", dest="output", help="output file (default: the source name without .py; "
                   "stdout for --emit-mlir/--emit-llvm)")
    emit = p.add_mutually_exclusive_group()
    emit.add_argument("--emit-mlir", action="store_true", help="print MLIR instead of linking")
    emit.add_argument("--emit-llvm", action="store_true", help="print LLVM IR instead of linking")
    emit.add_argument("--emit-obj", action="store_true", help="write an object file instead of linking")
    p.add_argument("--stop-after", choices=STAGES, metavar="STAGE",
                   help=f"with --emit-mlir: stop after this stage ({', '.join(STAGES)})")
    p.add_argument("--emit-llvm-dialect", action="store_true",
                   help="with --emit-mlir: print the module after mlir-opt's lowering to the llvm dialect")
    p.add_argument(*OPT_LEVELS, dest="opt", action=_OptLevel, help="optimisation level (default -O2)")
    p.add_argument("-g", dest="debug", action="store_true", help="emit DWARF line tables for the .py file")
    p.add_argument("--verify-each", action="store_true",
                   help="verify the IR with xDSL after every pass (slower on large functions)")
    p.add_argument("--debug-ice", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(opt=2)
    return p


def compile_file(args: argparse.Namespace) -> int:
    path = Path(args.source)
    source = _read_source(str(path))
    if source is None:
        return 1
    try:
        build(args, source, str(path))
    except Exception as err:  # noqa: BLE001 - every failure becomes a diagnostic
        return report("aithon", str(path), source, err)
    return 0


def build(args: argparse.Namespace, source: str, filename: str) -> None:
    if args.stop_after and not args.emit_mlir:
        raise KeyError("--stop-after goes with --emit-mlir")
    module = compile_to_std(source, filename, args.stop_after, args.verify_each)
    if args.emit_mlir and not args.emit_llvm_dialect:
        write_output(str(module) + "\n", args.output)
        return
    llvm_dialect = driver.to_llvm_dialect(module, args.debug)
    if args.emit_mlir:
        write_output(llvm_dialect, args.output)
        return
    llvm_ir = driver.to_llvm_ir(llvm_dialect)
    if args.emit_llvm:
        write_output(llvm_ir, args.output)
        return
    output = Path(args.output or (Path(filename).with_suffix(".o") if args.emit_obj else Path(filename).with_suffix("")))
    if args.emit_obj:
        driver.compile_llvm_ir(llvm_ir, output, args.opt, args.debug, assemble_only=False)
        return
    with tempfile.TemporaryDirectory(prefix="aithon-") as tmp:
        obj = Path(tmp) / "program.o"
        driver.compile_llvm_ir(llvm_ir, obj, args.opt, args.debug, assemble_only=False)
        driver.link([obj], output, args.debug)


def _read_source(path: str) -> str | None:
    """The file's text, or None after reporting why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as err:
        sys.stderr.write(f"aithon: error: cannot read {path}: {err.strerror}\n")
    except UnicodeDecodeError as err:
        sys.stderr.write(f"aithon: error: {path} is not UTF-8 text (byte {err.start}): "
                         "Python source must be UTF-8\n")
    return None


def _cache_key(source: str, flags: list[str]) -> str:
    digest = hashlib.sha256(source.encode())
    digest.update(" ".join(flags).encode())
    package = Path(__file__).resolve().parents[1]
    for file in sorted(package.rglob("*")):
        if file.suffix in (".py", ".lark"):
            digest.update(f"{file}:{file.stat().st_mtime_ns}".encode())
    try:
        from aithon.backend.toolchain import runtime_library

        digest.update(str(runtime_library().stat().st_mtime_ns).encode())
    except Exception:  # noqa: BLE001 - a missing runtime is reported by the build
        pass
    return digest.hexdigest()[:32]


def run(argv: list[str]) -> int:
    """`aithon run [flags] prog.py [args...]`: compile into the cache, then exec."""
    flags = []
    while argv and argv[0].startswith("-"):
        flags.append(argv.pop(0))
    if not argv:
        sys.stderr.write("usage: aithon run [-O0..-O3] [-g] prog.py [args...]\n")
        return 1
    source_path, program_args = argv[0], argv[1:]
    args = _parser().parse_args([*flags, source_path])
    if args.emit_mlir or args.emit_llvm or args.emit_obj or args.output:
        sys.stderr.write("aithon: error: 'aithon run' builds an executable: use -O0..-O3 and -g only\n")
        return 1
    source = _read_source(source_path)
    if source is None:
        return 1
    cache = Path(os.environ.get("AITHON_CACHE", Path.home() / ".cache" / "aithon"))
    cache.mkdir(parents=True, exist_ok=True)
    executable = cache / _cache_key(source, flags)
    if not executable.exists():
        partial = executable.with_suffix(f".{os.getpid()}.tmp")
        args.output = str(partial)
        try:
            with_deep_recursion(lambda: build(args, source, source_path))
        except Exception as err:  # noqa: BLE001
            return report("aithon", source_path, source, err)
        partial.replace(executable)
    sys.stdout.flush()
    os.execv(executable, [source_path, *program_args])
    return 0  # not reached


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "run":
        return run(argv[1:])
    arguments = _parser().parse_args(argv)
    return with_deep_recursion(lambda: compile_file(arguments))


if __name__ == "__main__":
    sys.exit(main())

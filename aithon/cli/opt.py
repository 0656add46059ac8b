"""`aithon-opt`: run AIthon passes on MLIR text, like mlir-opt.

    aithon-opt input.mlir -p py-fold-constants,py-to-std
    aithon-opt input.mlir -p py-lower            (a named pipeline)
    aithon-opt input.mlir -p py-lower --lower-to-llvm   (then mlir-opt-22's lowering)
    aithon-opt --list-passes

Reads our `py` dialect and func/arith/cf/scf/llvm/builtin; with no -p it
parses, verifies and prints the module (a round-trip check).
"""

from __future__ import annotations

import argparse
import sys

from xdsl.parser import Parser
from xdsl.utils.exceptions import DiagnosticException, ParseError, VerifyException

from aithon.backend import driver
from aithon.cli.common import report, write_output
from aithon.compiler import context, run_passes
from aithon.diagnostics import Span, format_diagnostic
from aithon.passes.registry import PASSES, PIPELINES


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aithon-opt", description="Run AIthon passes on an MLIR file.")
    p.add_argument("input", nargs="?", default="-", help="MLIR file ('-' for stdin)")
    p.add_argument("-p", "--passes", default="", help="comma-separated passes or named pipelines")
    p.add_argument("-o", dest="output", default="-", help="output file (default stdout)")
    p.add_argument("--print-generic", action="store_true", help="print in MLIR's generic form")
    p.add_argument("--lower-to-llvm", action="store_true",
                   help="after the passes, run mlir-opt-22's lowering to the llvm dialect")
    p.add_argument("--list-passes", action="store_true", help="list passes and named pipelines")
    p.add_argument("--debug-ice", action="store_true", help=argparse.SUPPRESS)
    return p


def _list() -> str:
    lines = ["passes:"]
    for name, cls in PASSES.items():
        doc = (sys.modules[cls.__module__].__doc__ or "").strip().splitlines()[0]
        lines.append(f"  {name:20} {doc.split(':', 1)[-1].strip()}")
    lines.append("pipelines:")
    for name, passes in PIPELINES.items():
        lines.append(f"  {name:20} {','.join(passes)}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.list_passes:
        sys.stdout.write(_list())
        return 0
    filename = "<stdin>" if args.input == "-" else args.input
    try:
        source = sys.stdin.read() if args.input == "-" else open(args.input, encoding="utf-8").read()
    except OSError as err:
        sys.stderr.write(f"aithon-opt: error: cannot read {args.input}: {err.strerror}\n")
        return 1
    try:
        module = Parser(context(), source, filename).parse_module()
        module.verify()
        names = [n for n in args.passes.split(",") if n]
        module = run_passes(module, names)
        if args.lower_to_llvm:
            text = driver.to_llvm_dialect(module, debug=False)
        elif args.print_generic:
            text = driver.generic_mlir(module)
        else:
            text = str(module) + "\n"
    except ParseError as err:
        location = err.span.get_location()
        sys.stderr.write(format_diagnostic(filename, source, Span(location.line, location.col), err.msg))
        return 1
    except (VerifyException, DiagnosticException) as err:
        sys.stderr.write(f"{filename}: error: {err}\n")
        return 1
    except Exception as err:  # noqa: BLE001
        return report("aithon-opt", filename, source, err)
    write_output(text, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())

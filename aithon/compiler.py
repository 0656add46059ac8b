"""The compiler as a library: source → `py` module → lowered module.

    parse (Lark) → irgen (py dialect) → verify → passes (registry.PIPELINES["py-lower"])

The CLIs in aithon/cli/ are thin layers over these functions.
"""

from __future__ import annotations

from xdsl.context import Context
from xdsl.dialects import arith, builtin, cf, func, llvm, scf
from xdsl.dialects.builtin import ModuleOp

from aithon.dialects.actor import Actor, FuncConstantOp
from aithon.dialects.py import Py
from aithon.frontend.irgen import generate
from aithon.frontend.parser import parse
from aithon.passes.registry import PASSES, PIPELINES, expand

DEFAULT_PIPELINE = "py-lower"


def context() -> Context:
    """An xDSL context with our `py` and `actor` dialects (not xDSL's own) and the standard ones."""
    ctx = Context()
    for dialect in (builtin.Builtin, func.Func, arith.Arith, cf.Cf, scf.Scf, llvm.LLVM, Py, Actor):
        ctx.load_dialect(dialect)
    ctx.load_op(FuncConstantOp)
    return ctx


def to_py_dialect(source: str, filename: str) -> ModuleOp:
    """Parse and lower to the `py` dialect; raises CompileError on bad input."""
    module = generate(parse(source, filename))
    module.verify()
    return module


def run_passes(module: ModuleOp, names: list[str], stop_after: str | None = None,
               verify_each: bool = True) -> ModuleOp:
    """Apply passes by name.  `verify_each` verifies the module after each one
    (xDSL's verifier is quadratic in a function's block count, which is large
    once fast paths are branches, so the compiler leaves that to mlir-opt)."""
    ctx = context()
    for name in expand(names):
        PASSES[name]().apply(ctx, module)
        if verify_each:
            module.verify()
        if name == stop_after:
            break
    return module


def compile_to_std(source: str, filename: str, stop_after: str | None = None,
                   verify_each: bool = False) -> ModuleOp:
    """Source → the module handed to mlir-opt (or the module after `stop_after`).

    The `py` module from irgen is always verified; the later stages are checked
    by mlir-opt when it parses them, or after each pass with `verify_each`."""
    module = to_py_dialect(source, filename)
    if stop_after == "irgen":
        return module
    if stop_after is not None and stop_after not in expand([DEFAULT_PIPELINE]):
        raise KeyError(f"'{stop_after}' is not a stage of the default pipeline "
                       f"(irgen, {', '.join(PIPELINES[DEFAULT_PIPELINE])})")
    return run_passes(module, [DEFAULT_PIPELINE], stop_after, verify_each)

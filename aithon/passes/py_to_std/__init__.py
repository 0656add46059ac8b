"""`py-to-std`: the `py` dialect → func/arith/scf/cf/llvm + runtime calls.

The pass is a set of small rewrite patterns, one family per file:

    int_ops.py     tagged-int arithmetic with inline fast paths
    float_ops.py   doubles with Python's division, modulo and comparison rules
    value_ops.py   constants, truth tests, print, raise
    aggregates.py  tuples (struct values) and pids (i64)
    variables.py   locals (llvm.alloca) and module variables (llvm.mlir.global)

Ops that treat a pid unlike an int are lowered first (they share i64).
All values are then retyped to machine types in place (`convert_all_types`);
the patterns then replace the `py` ops, dispatching on those machine types.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, llvm
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import GreedyRewritePatternApplier, PatternRewriteWalker

from aithon.passes.py_to_std.aggregates import TUPLE_PATTERNS, lower_identity_ops
from aithon.passes.py_to_std.float_ops import FLOAT_PATTERNS
from aithon.passes.py_to_std.int_ops import INT_PATTERNS
from aithon.passes.py_to_std.types import convert_all_types
from aithon.passes.py_to_std.value_ops import VALUE_PATTERNS
from aithon.passes.py_to_std.variables import variable_patterns


@dataclass(frozen=True)
class PyToStdPass(ModulePass):
    name = "py-to-std"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        patterns = [*INT_PATTERNS, *FLOAT_PATTERNS, *VALUE_PATTERNS, *TUPLE_PATTERNS,
                    *variable_patterns(op)]
        lower_identity_ops(op)
        convert_all_types(op)
        PatternRewriteWalker(
            GreedyRewritePatternApplier(patterns), apply_recursively=False
        ).rewrite_module(op)
        give_private_functions_internal_linkage(op)


def give_private_functions_internal_linkage(module: ModuleOp) -> None:
    """mlir-opt keeps external linkage for private func.func definitions unless
    told otherwise; internal linkage lets LLVM change their calling convention,
    specialise and inline them."""
    for op in module.body.block.ops:
        if isinstance(op, func.FuncOp) and not op.is_declaration and op.sym_visibility \
                and op.sym_visibility.data == "private":
            op.attributes["llvm.linkage"] = llvm.LinkageAttr("internal")

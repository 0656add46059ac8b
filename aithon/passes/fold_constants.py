"""`py-fold-constants`: evaluate `py` arithmetic on literals at compile time.

The folder computes with Python itself, so a folded result is exactly what
CPython would compute at run time.  Operations that would raise (division by
zero, a negative int exponent, float overflow) are left for run time so the
program still fails where and how CPython fails.  Huge powers are not folded
to keep compile time and binary size in check.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    GreedyRewritePatternApplier,
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
)

from aithon.dialects import py

MAX_FOLDED_BITS = 4096

BINARY = {
    py.AddOp: operator.add,
    py.SubOp: operator.sub,
    py.MulOp: operator.mul,
    py.FloorDivOp: operator.floordiv,
    py.ModOp: operator.mod,
    py.PowOp: operator.pow,
    py.TrueDivOp: operator.truediv,
}
COMPARE = {"lt": operator.lt, "le": operator.le, "gt": operator.gt, "ge": operator.ge,
           "eq": operator.eq, "ne": operator.ne}
CONSTANTS = (py.IntConstantOp, py.FloatConstantOp, py.BoolConstantOp)


def constant_value(value):
    op = value.owner
    if isinstance(op, (py.IntConstantOp, py.FloatConstantOp)):
        return op.value.data
    if isinstance(op, py.BoolConstantOp):
        return bool(op.value.data)
    return None


def make_constant(result):
    if isinstance(result, bool):
        return py.BoolConstantOp(result)
    if isinstance(result, int):
        return py.IntConstantOp(result)
    return py.FloatConstantOp(result)


def _too_big(fn, a, b) -> bool:
    if fn is operator.pow and isinstance(a, int) and isinstance(b, int):
        return b < 0 or b * max(abs(a).bit_length(), 1) > MAX_FOLDED_BITS
    return False


def evaluate(op):
    """The folded Python value of `op`, or None when it must run at run time."""
    if type(op) in BINARY:
        a, b = constant_value(op.lhs), constant_value(op.rhs)
        if a is None or b is None or _too_big(BINARY[type(op)], a, b):
            return None
        try:
            result = BINARY[type(op)](a, b)
        except (ZeroDivisionError, OverflowError, ValueError):
            return None
        if isinstance(result, float) and (math.isinf(result) and not (math.isinf(a) or math.isinf(b))):
            return None  # CPython raises OverflowError for e.g. 10.0 ** 400
        return result if isinstance(result, (int, float)) else None
    if isinstance(op, py.NegOp):
        a = constant_value(op.operand)
        return None if a is None else -a
    if isinstance(op, py.IntToFloatOp):
        a = constant_value(op.operand)
        if a is None or a.bit_length() > 1023:
            return None
        return float(a)
    if isinstance(op, py.BoolToIntOp):
        a = constant_value(op.operand)
        return None if a is None else int(a)
    if isinstance(op, py.CmpOp):
        a, b = constant_value(op.lhs), constant_value(op.rhs)
        return None if a is None or b is None else COMPARE[op.predicate.data](a, b)
    if isinstance(op, py.NotOp) and isinstance(op.operand.owner, CONSTANTS):
        return not constant_value(op.operand)
    return None


class FoldConstant(RewritePattern):
    def match_and_rewrite(self, op, rewriter: PatternRewriter):
        if isinstance(op, CONSTANTS) or not op.name.startswith("py."):
            return
        result = evaluate(op)
        if result is None:
            return
        if isinstance(op.results[0].type, py.IntType) and isinstance(result, bool):
            result = int(result)
        folded = make_constant(result)
        if folded.results[0].type != op.results[0].type:
            return
        folded.location = op.location
        rewriter.replace(op, folded)


class EraseUnusedConstant(RewritePattern):
    def match_and_rewrite(self, op, rewriter: PatternRewriter):
        if isinstance(op, (*CONSTANTS, py.NoneConstantOp)) and not op.results[0].uses:
            rewriter.erase(op)


@dataclass(frozen=True)
class FoldConstantsPass(ModulePass):
    name = "py-fold-constants"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        PatternRewriteWalker(
            GreedyRewritePatternApplier([FoldConstant(), EraseUnusedConstant()])
        ).rewrite_module(op)

"""Lowering of tuples, pids and reasons.

A tuple is an LLVM struct value (`!py.tuple<!py.int, !py.float>` →
`!llvm.struct<(i64, f64)>`): it is immutable, so a copy is as good as the
original, and LLVM keeps small ones in registers.  A pid and an exit reason
are each an i64.

Pids and reasons share i64 with ints, and the patterns of py-to-std dispatch
on machine types, so the ops that treat them differently from an int --
printing a pid, comparing, truth -- are lowered first, while the operand
still has its `actor` type (`lower_identity_ops`).  irgen prints a reason
with `actor.print_reason`, never `py.print`.
"""

from __future__ import annotations

from xdsl.dialects import arith, func
from xdsl.dialects.builtin import DenseArrayBase, ModuleOp, i64
from xdsl.dialects import llvm
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern, op_type_rewrite_pattern
from xdsl.rewriter import Rewriter

from aithon.dialects import actor, py
from aithon.passes.py_to_std.runtime_abi import declare

def position(index: int) -> DenseArrayBase:
    return DenseArrayBase.from_list(i64, [index])


class LowerMakeTuple(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.MakeTupleOp, rewriter: PatternRewriter):
        value = llvm.UndefOp(op.result.type)
        new_ops = [value]
        for index, element in enumerate(op.elements):
            value = llvm.InsertValueOp(position(index), value.results[0], element)
            new_ops.append(value)
        for new in new_ops:
            new.location = op.location
        rewriter.replace(op, new_ops, [value.results[0]])


class LowerTupleGet(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.TupleGetOp, rewriter: PatternRewriter):
        get = llvm.ExtractValueOp(position(op.index.data), op.tuple_value, op.result.type)
        get.location = op.location
        rewriter.replace(op, [get], [get.results[0]])


def _is_identity(value) -> bool:
    return isinstance(value.type, py.IDENTITY_TYPES)


def lower_identity_ops(module: ModuleOp) -> None:
    """print of pids, ==/!=, truth and `not` of pids and reasons, before
    retyping makes them i64 words."""
    for op in list(module.walk()):
        if isinstance(op, py.PrintOp) and isinstance(op.value.type, actor.PidType):
            declare(module, "aithon_print_pid")
            new = func.CallOp("aithon_print_pid", [op.value], [])
            replacement = []
        elif isinstance(op, py.CmpOp) and _is_identity(op.lhs):
            new = arith.CmpiOp(op.lhs, op.rhs, op.predicate.data)  # eq or ne (verifier)
            replacement = [new.results[0]]
        elif isinstance(op, py.IsTrueOp) and _is_identity(op.operand):
            new = arith.ConstantOp.from_int_and_width(1, 1)  # always true, as in Python
            replacement = [new.results[0]]
        elif isinstance(op, py.NotOp) and _is_identity(op.operand):
            # Always false, though the word of actors.NORMAL is 0.
            new = arith.ConstantOp.from_int_and_width(0, 1)
            replacement = [new.results[0]]
        else:
            continue
        new.location = op.location
        Rewriter.replace_op(op, [new], replacement)


TUPLE_PATTERNS = [LowerMakeTuple(), LowerTupleGet()]

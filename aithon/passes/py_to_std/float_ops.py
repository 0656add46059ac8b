"""Lowering of `float` operations: IEEE doubles, with Python's rules on top.

+, -, * and unary - are plain `arith` ops.  `/` raises ZeroDivisionError on a
zero divisor instead of producing inf; `//`, `%` and `**` follow CPython's
float_floor_div, float_rem and float_pow, which the runtime implements.
Comparisons are ordered except `!=`, so NaN compares unequal to everything.
Mixed int/float comparisons are exact, as in CPython.
"""

from __future__ import annotations

from xdsl.dialects import arith
from xdsl.dialects.builtin import i1
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern, op_type_rewrite_pattern

from aithon.dialects import py
from aithon.passes.py_to_std.emitter import Emitter, f64
from aithon.passes.py_to_std.int_ops import is_small
from aithon.runtime_codes import FLOAT_DIV_BY_ZERO


SIMPLE = {py.AddOp: arith.AddfOp, py.SubOp: arith.SubfOp, py.MulOp: arith.MulfOp}
RUNTIME = {py.FloorDivOp: "aithon_float_floordiv", py.ModOp: "aithon_float_mod",
           py.PowOp: "aithon_float_pow"}


class LowerFloatArith(RewritePattern):
    def match_and_rewrite(self, op, rewriter: PatternRewriter):
        if type(op) not in SIMPLE and type(op) not in RUNTIME and not isinstance(op, py.TrueDivOp):
            return
        if op.lhs.type != f64:
            return
        e = Emitter(rewriter, op)
        a, b = op.lhs, op.rhs
        if type(op) in SIMPLE:
            result = e(SIMPLE[type(op)](a, b))
        elif type(op) in RUNTIME:
            result = e.call(RUNTIME[type(op)], [a, b])
        else:
            def raise_zero_division(t: Emitter):
                t.call("aithon_raise", [t.i32(FLOAT_DIV_BY_ZERO)])
                return []

            is_zero = e(arith.CmpfOp(b, e.f64(0.0), "oeq"))
            e.if_else(is_zero, [], raise_zero_division, lambda s: [])
            result = e(arith.DivfOp(a, b))
        rewriter.replace(op, [], [result])


class LowerFloatNeg(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.NegOp, rewriter: PatternRewriter):
        if op.operand.type != f64:
            return
        rewriter.replace(op, [], [Emitter(rewriter, op)(arith.NegfOp(op.operand))])


FLOAT_PREDICATES = {"lt": "olt", "le": "ole", "gt": "ogt", "ge": "oge", "eq": "oeq", "ne": "une"}
SWAPPED = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le", "eq": "eq", "ne": "ne"}
# aithon_float_int_cmp answers -1, 0, 1, or 2 for NaN: which answers make each predicate true.
THREE_WAY_TRUE = {"lt": (-1,), "le": (-1, 0), "gt": (1,), "ge": (0, 1), "eq": (0,), "ne": (-1, 1, 2)}
EXACT_IN_DOUBLE = 1 << 53


class LowerFloatCmp(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.CmpOp, rewriter: PatternRewriter):
        types = (op.lhs.type, op.rhs.type)
        if f64 not in types:
            return
        e = Emitter(rewriter, op)
        predicate = op.predicate.data
        if types == (f64, f64):
            result = e(arith.CmpfOp(op.lhs, op.rhs, FLOAT_PREDICATES[predicate]))
        else:
            f, n = (op.lhs, op.rhs) if types[0] == f64 else (op.rhs, op.lhs)
            if types[0] != f64:
                predicate = SWAPPED[predicate]
            result = _float_int_compare(e, predicate, f, n)
        rewriter.replace(op, [], [result])


def _float_int_compare(e: Emitter, predicate: str, f, n):
    """`f <predicate> n`, exactly: ints up to 2**53 convert to double losslessly."""
    from xdsl.dialects import arith as a

    value = e(a.ShRSIOp(n, e.i64(1)))
    exact = e.both(
        is_small(e, n),
        e.both(e.cmpi("sge", value, e.i64(-EXACT_IN_DOUBLE)), e.cmpi("sle", value, e.i64(EXACT_IN_DOUBLE))),
    )

    def via_double(t: Emitter):
        return [t(a.CmpfOp(f, t(a.SIToFPOp(value, f64)), FLOAT_PREDICATES[predicate]))]

    def via_runtime(t: Emitter):
        answer = t.call("aithon_float_int_cmp", [f, n])
        hits = [t.cmpi("eq", answer, t.i32(v)) for v in THREE_WAY_TRUE[predicate]]
        result = hits[0]
        for hit in hits[1:]:
            result = t(a.OrIOp(result, hit))
        return [result]

    return e.if_else(exact, [i1], via_double, via_runtime)[0]


FLOAT_PATTERNS = [LowerFloatArith(), LowerFloatNeg(), LowerFloatCmp()]

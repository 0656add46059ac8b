"""Lowering of constants, truth tests and output.

bool is i1 and None is an i8 zero once lowered; printing a value is one call
into the runtime per value (the runtime formats ints and floats as CPython's
str() does).
"""

from __future__ import annotations

from xdsl.dialects import arith, llvm
from xdsl.dialects.builtin import IntegerAttr, IntegerType, i1, i64
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern, op_type_rewrite_pattern

from aithon.dialects import py
from aithon.passes.py_to_std.emitter import Emitter, f64
from aithon.passes.py_to_std.strings import string_pointer


class LowerFloatConstant(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.FloatConstantOp, rewriter: PatternRewriter):
        rewriter.replace(op, [], [Emitter(rewriter, op).f64(op.value.data)])


class LowerBoolConstant(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.BoolConstantOp, rewriter: PatternRewriter):
        rewriter.replace(op, [], [Emitter(rewriter, op).i1(bool(op.value.data))])


class LowerNoneConstant(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.NoneConstantOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        rewriter.replace(op, [], [e(arith.ConstantOp(IntegerAttr(0, IntegerType(8))))])


def truth(e: Emitter, value):
    """Python's bool(value) as an i1."""
    t = value.type
    if t == i1:  # bool
        return value
    if t == i64:  # int: zero is the only int whose tagged word is 0
        return e.cmpi("ne", value, e.i64(0))
    if t == f64:  # float: NaN is true, so unordered-or-not-equal
        return e(arith.CmpfOp(value, e.f64(0.0), "une"))
    if isinstance(t, llvm.LLVMStructType):  # a tuple: true unless empty
        return e.i1(len(t.types) > 0)
    return e.i1(False)  # None


class LowerIsTrue(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.IsTrueOp, rewriter: PatternRewriter):
        rewriter.replace(op, [], [truth(Emitter(rewriter, op), op.operand)])


class LowerNot(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.NotOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        rewriter.replace(op, [], [e.negate(truth(e, op.operand))])


PRINTERS = {
    i64: "aithon_print_int",
    f64: "aithon_print_float",
    i1: "aithon_print_bool",
}


class LowerPrint(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.PrintOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        printer = PRINTERS.get(op.value.type)
        e.call(printer, [op.value]) if printer else e.call("aithon_print_none", [])
        rewriter.erase(op)


class LowerPrintStr(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.PrintStrOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        text = op.text.data
        e.call("aithon_print_str", [string_pointer(e, text), e.i64(len(text.encode("utf-8")))])
        rewriter.erase(op)


class LowerRaise(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.RaiseOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        e.call("aithon_raise", [e.i32(op.code.data)])
        rewriter.erase(op)


VALUE_PATTERNS = [
    LowerFloatConstant(),
    LowerBoolConstant(),
    LowerNoneConstant(),
    LowerIsTrue(),
    LowerNot(),
    LowerPrint(),
    LowerPrintStr(),
    LowerRaise(),
]

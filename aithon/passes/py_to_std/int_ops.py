"""Lowering of `int` operations to the tagged representation.

An int is one i64 word (see docs/integers.md): a small int v is stored as
v << 1 (low bit 0); a word with the low bit set points to a big int.  Each
pattern emits the common case inline, when both operands are small and the
result fits, and calls the runtime's slow path (GMP) otherwise:

    %fast = both tags clear && no overflow
    %r = scf.if %fast -> i64 { inline result } else { func.call @aithon_int_add }

The inline cases rely on the tag arithmetic: (2a) + (2b) = 2(a + b), so
tagged words add and subtract directly; (2a) srem (2b) = 2(a srem b); and
(2a) sdiv (2b) = a sdiv b, untagged.
"""

from __future__ import annotations

from xdsl.dialects import arith, llvm
from xdsl.dialects.builtin import DenseArrayBase, IntegerAttr, i1, i64
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern, op_type_rewrite_pattern

from aithon import runtime_codes
from aithon.dialects import py
from aithon.passes.py_to_std.emitter import Emitter

TAGGED_MIN = -(1 << 63)  # the tagged word of SMALL_MIN


def both_small(e: Emitter, a, b):
    """i1: neither word has its tag bit set."""
    tags = e(arith.AndIOp(e(arith.OrIOp(a, b)), e.i64(1)))
    return e.cmpi("eq", tags, e.i64(0))


def is_small(e: Emitter, a):
    return e.cmpi("eq", e(arith.AndIOp(a, e.i64(1))), e.i64(0))


def with_overflow(e: Emitter, operation: str, a, b):
    """(a <operation> b, overflowed) via llvm.{s}{operation}.with.overflow.

    LLVM turns the intrinsic into one instruction and a `jo`, where an
    open-coded sign test would cost three more instructions per operation.
    """
    pair_type = llvm.LLVMStructType.from_type_list([i64, i1])
    pair = e(llvm.CallIntrinsicOp(f"llvm.{operation}.with.overflow.i64", [a, b], [pair_type]))
    value = e(llvm.ExtractValueOp(DenseArrayBase.from_list(i64, [0]), pair, i64))
    overflow = e(llvm.ExtractValueOp(DenseArrayBase.from_list(i64, [1]), pair, i1))
    return value, overflow


def small_constant(value) -> int | None:
    """The Python value of `value` if it is a constant small int, else None."""
    # Types are converted before any op is rewritten, so by the time an
    # operation is lowered its constant operands are arith constants.
    op = value.owner
    if isinstance(op, arith.ConstantOp) and isinstance(op.value, IntegerAttr) and op.value.type == i64:
        word = op.value.value.data
        return word >> 1 if word & 1 == 0 else None
    return None


def assume(e: Emitter, condition) -> None:
    """Tell LLVM that the i1 `condition` holds (llvm.assume)."""
    e(llvm.CallIntrinsicOp("llvm.assume", [condition], []))


def assume_small(e: Emitter, value) -> None:
    """Tell LLVM that `value` is a small int (tag bit clear).

    Its known-bits analysis then folds the tag tests of every later operation
    on the value, including through loop phis.
    """
    assume(e, is_small(e, value))


def fast_or_slow(e: Emitter, fast_ok, fast_value, slow_fn: str, args):
    """The fast value when `fast_ok`, else the runtime's answer."""
    return e.if_else(
        fast_ok, [i64],
        lambda t: [fast_value],
        lambda s: [s.call(slow_fn, args)],
    )[0]


def int_constant(e: Emitter, value: int):
    if runtime_codes.is_small(value):
        return e.i64(value << 1)
    from aithon.passes.py_to_std.strings import string_pointer

    return e.call("aithon_int_from_decimal", [string_pointer(e, str(value) + "\0")])


class LowerIntConstant(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.IntConstantOp, rewriter: PatternRewriter):
        rewriter.replace(op, [], [int_constant(Emitter(rewriter, op), op.value.data)])


class IntPattern(RewritePattern):
    """Matches a binary `py` op of `op_type` whose operands are ints."""

    op_type: type

    def match_and_rewrite(self, op, rewriter: PatternRewriter):
        if not isinstance(op, self.op_type) or op.lhs.type != i64:
            return
        e = Emitter(rewriter, op)
        rewriter.replace(op, [], [self.lower(e, op.lhs, op.rhs)])


class LowerIntAdd(IntPattern):
    op_type = py.AddOp

    def lower(self, e, a, b):
        total, overflow = with_overflow(e, "sadd", a, b)
        ok = e.both(both_small(e, a, b), e.negate(overflow))
        return fast_or_slow(e, ok, total, "aithon_int_add", [a, b])


class LowerIntSub(IntPattern):
    op_type = py.SubOp

    def lower(self, e, a, b):
        diff, overflow = with_overflow(e, "ssub", a, b)
        ok = e.both(both_small(e, a, b), e.negate(overflow))
        return fast_or_slow(e, ok, diff, "aithon_int_sub", [a, b])


class LowerIntMul(IntPattern):
    op_type = py.MulOp

    def lower(self, e, a, b):
        if small_constant(a) is not None:
            a, b = b, a
        constant = small_constant(b)
        if constant is not None:
            # (2a) * c is the tagged product: no untagging shift in the
            # loop-carried chain of `x = x * 48271 % m`.
            product, overflow = with_overflow(e, "smul", a, e.i64(constant))
            ok = e.both(is_small(e, a), e.negate(overflow))
            return fast_or_slow(e, ok, product, "aithon_int_mul", [a, b])
        # (a >> 1) * (2b) is the tagged product of two small ints.
        product, overflow = with_overflow(e, "smul", e(arith.ShRSIOp(a, e.i64(1))), b)
        ok = e.both(both_small(e, a, b), e.negate(overflow))
        return fast_or_slow(e, ok, product, "aithon_int_mul", [a, b])


def _sign_differs_and_nonzero(e, r, b):
    """i1: remainder r is non-zero and its sign differs from divisor b's."""
    nonzero = e.cmpi("ne", r, e.i64(0))
    differs = e.cmpi("slt", e(arith.XOrIOp(r, b)), e.i64(0))
    return e.both(nonzero, differs)


class LowerIntFloorDiv(IntPattern):
    op_type = py.FloorDivOp

    def lower(self, e, a, b):
        nonzero = e.cmpi("ne", b, e.i64(0))
        # SMALL_MIN // -1 is the one quotient of small ints that is not small.
        min_by_minus_one = e.both(e.cmpi("eq", a, e.i64(TAGGED_MIN)), e.cmpi("eq", b, e.i64(-2)))
        ok = e.both(e.both(both_small(e, a, b), nonzero), e.negate(min_by_minus_one))

        def fast(t: Emitter):
            quotient = t(arith.DivSIOp(a, b))
            remainder = t(arith.RemSIOp(a, b))
            adjust = t(arith.ExtUIOp(_sign_differs_and_nonzero(t, remainder, b), i64))
            floored = t(arith.SubiOp(quotient, adjust))
            return [t(arith.ShLIOp(floored, t.i64(1)))]

        return e.if_else(ok, [i64], fast, lambda s: [s.call("aithon_int_floordiv", [a, b])])[0]


class LowerIntMod(IntPattern):
    op_type = py.ModOp

    def lower(self, e, a, b):
        ok = e.both(both_small(e, a, b), e.cmpi("ne", b, e.i64(0)))

        def fast(t: Emitter):
            remainder = t(arith.RemSIOp(a, b))
            fix = _sign_differs_and_nonzero(t, remainder, b)
            return [t(arith.SelectOp(fix, t(arith.AddiOp(remainder, b)), remainder))]

        result = e.if_else(ok, [i64], fast, lambda s: [s.call("aithon_int_mod", [a, b])])[0]
        if small_constant(b) not in (None, 0):
            assume_small(e, result)  # |a % b| < |b|, whatever a is
        return result


class LowerIntPow(IntPattern):
    op_type = py.PowOp

    def lower(self, e, a, b):
        return e.call("aithon_int_pow", [a, b])


class LowerIntTrueDiv(IntPattern):
    op_type = py.TrueDivOp

    def lower(self, e, a, b):
        return e.call("aithon_int_truediv", [a, b])


class LowerIntNeg(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.NegOp, rewriter: PatternRewriter):
        if op.operand.type != i64:
            return
        e = Emitter(rewriter, op)
        a = op.operand
        negated = e(arith.SubiOp(e.i64(0), a))
        ok = e.both(is_small(e, a), e.cmpi("ne", a, e.i64(TAGGED_MIN)))
        rewriter.replace(op, [], [fast_or_slow(e, ok, negated, "aithon_int_neg", [a])])


PREDICATE_TO_CMPI = {"lt": "slt", "le": "sle", "gt": "sgt", "ge": "sge", "eq": "eq", "ne": "ne"}


class LowerIntCmp(RewritePattern):
    """Small ints compare as tagged words; otherwise the runtime's 3-way compare."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.CmpOp, rewriter: PatternRewriter):
        if op.lhs.type != i64 or op.rhs.type != i64:
            return
        e = Emitter(rewriter, op)
        a, b = op.lhs, op.rhs
        predicate = PREDICATE_TO_CMPI[op.predicate.data]
        result = e.if_else(
            both_small(e, a, b), [i1],
            lambda t: [t.cmpi(predicate, a, b)],
            lambda s: [s.cmpi(predicate, s.call("aithon_int_cmp", [a, b]), s.i32(0))],
        )[0]
        rewriter.replace(op, [], [result])


class LowerIntIsSmall(RewritePattern):
    """One tag test for all operands: their words OR'ed have the tag clear."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.IntIsSmallOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        words = op.values[0]
        for other in op.values[1:]:
            words = e(arith.OrIOp(words, other))
        rewriter.replace(op, [], [is_small(e, words)])


class LowerAssumeSmall(RewritePattern):
    """An llvm.assume of the tag test; the value itself is unchanged."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.AssumeSmallOp, rewriter: PatternRewriter):
        assume_small(Emitter(rewriter, op), op.operand)
        rewriter.replace(op, [], [op.operand])


class LowerAssumeInRange(RewritePattern):
    """llvm.assume of the tag test and of lo <= operand < hi, as signed
    compares of the tagged word with 2lo and 2hi (a bound at the end of the
    small range says nothing more than the tag, and is left out); the value
    itself is unchanged.  LLVM then proves, say, that `x * c` cannot
    overflow, and turns `x % c` into an unsigned remainder without the sign
    fix-up.
    """

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.AssumeInRangeOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        word = op.operand
        lo, hi = op.lo.data, op.hi.data
        assume_small(e, word)
        if lo > runtime_codes.SMALL_MIN:
            assume(e, e.cmpi("sge", word, e.i64(lo << 1)))
        if hi <= runtime_codes.SMALL_MAX:
            assume(e, e.cmpi("slt", word, e.i64(hi << 1)))
        rewriter.replace(op, [], [word])


class LowerIntToFloat(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.IntToFloatOp, rewriter: PatternRewriter):
        from aithon.passes.py_to_std.emitter import f64

        e = Emitter(rewriter, op)
        a = op.operand
        result = e.if_else(
            is_small(e, a), [f64],
            lambda t: [t(arith.SIToFPOp(t(arith.ShRSIOp(a, t.i64(1))), f64))],
            lambda s: [s.call("aithon_int_to_float", [a])],
        )[0]
        rewriter.replace(op, [], [result])


class LowerBoolToInt(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.BoolToIntOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        tagged = e(arith.SelectOp(op.operand, e.i64(2), e.i64(0)))
        rewriter.replace(op, [], [tagged])


INT_PATTERNS = [
    LowerIntConstant(),
    LowerIntAdd(),
    LowerIntSub(),
    LowerIntMul(),
    LowerIntFloorDiv(),
    LowerIntMod(),
    LowerIntPow(),
    LowerIntTrueDiv(),
    LowerIntNeg(),
    LowerIntCmp(),
    LowerIntIsSmall(),
    LowerAssumeSmall(),
    LowerAssumeInRange(),
    LowerIntToFloat(),
    LowerBoolToInt(),
]

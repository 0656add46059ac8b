"""A small builder for lowering patterns.

Every pattern replaces one `py` op by a few standard ops.  The Emitter inserts
them before the op being replaced (or at the end of a block of an `scf.if` it
is building), gives each the location of the op it replaces so that debug line
tables still point at the Python source, and declares the runtime functions it
calls on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xdsl.dialects import arith, func, scf
from xdsl.dialects.builtin import (
    Float64Type,
    FloatAttr,
    IntegerAttr,
    ModuleOp,
    i1,
    i32,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.pattern_rewriter import PatternRewriter
from xdsl.rewriter import InsertPoint

from aithon.passes.py_to_std.runtime_abi import declare

f64 = Float64Type()


class Emitter:
    def __init__(self, rewriter: PatternRewriter, anchor: Operation, point: InsertPoint | None = None):
        self.rewriter = rewriter
        self.anchor = anchor
        self.location = anchor.location
        self.point = point or InsertPoint.before(anchor)

    def __call__(self, op: Operation):
        """Insert `op`; return its single result, or the op if it has none or several."""
        op.location = self.location
        self.rewriter.insert(op, self.point)
        return op.results[0] if len(op.results) == 1 else op

    # ---- constants ----
    def i64(self, value: int) -> SSAValue:
        return self(arith.ConstantOp(IntegerAttr(value, i64)))

    def i32(self, value: int) -> SSAValue:
        return self(arith.ConstantOp(IntegerAttr(value, i32)))

    def i1(self, value: bool) -> SSAValue:
        return self(arith.ConstantOp(IntegerAttr(int(value), i1)))

    def f64(self, value: float) -> SSAValue:
        return self(arith.ConstantOp(FloatAttr(value, f64)))

    # ---- frequent shapes ----
    def cmpi(self, predicate: str, lhs: SSAValue, rhs: SSAValue) -> SSAValue:
        return self(arith.CmpiOp(lhs, rhs, predicate))

    def both(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self(arith.AndIOp(a, b))

    def negate(self, flag: SSAValue) -> SSAValue:
        return self(arith.XOrIOp(flag, self.i1(True)))

    def call(self, name: str, args: Sequence[SSAValue]) -> SSAValue | None:
        """Call a runtime function (declared in the module on first use)."""
        signature = declare(self.module(), name)
        result = self(func.CallOp(name, list(args), list(signature.outputs.data)))
        return result if signature.outputs.data else None

    def if_else(self, cond: SSAValue, result_types: Sequence[Attribute],
                then: Callable[[Emitter], Sequence[SSAValue]],
                otherwise: Callable[[Emitter], Sequence[SSAValue]]) -> list[SSAValue]:
        """`scf.if cond -> result_types { then } else { otherwise }`."""
        regions = []
        for build in (then, otherwise):
            block = Block()
            inner = Emitter(self.rewriter, self.anchor, InsertPoint.at_end(block))
            inner.location = self.location
            values = build(inner)
            inner(scf.YieldOp(*values))
            regions.append(Region([block]))
        op = self(scf.IfOp(cond, list(result_types), regions[0], regions[1]))
        return list(op.results) if isinstance(op, Operation) else [op]

    def module(self) -> ModuleOp:
        op = self.anchor
        while not isinstance(op, ModuleOp):
            op = op.parent_op()
        return op

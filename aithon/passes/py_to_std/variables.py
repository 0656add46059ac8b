"""Lowering of variables: locals to stack slots, module variables to globals.

A `py.alloca` becomes an `llvm.alloca` in the entry block, which LLVM's
mem2reg promotes to registers.  A `py.global` becomes a zero-initialised
`llvm.mlir.global`; when some load of it is `checked`, a companion i1 global
`<name>.bound` records whether it was assigned, and the checked load raises
NameError when it was not.
"""

from __future__ import annotations

from xdsl.dialects import llvm
from xdsl.dialects.builtin import Float64Type, FloatAttr, IntegerAttr, i1
from xdsl.ir import Block, Region
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern, op_type_rewrite_pattern

from aithon.dialects import py
from aithon.passes.py_to_std.emitter import Emitter
from aithon.passes.py_to_std.strings import string_pointer
from aithon.passes.py_to_std.types import convert_type

ptr = llvm.LLVMPointerType()


class LowerAlloca(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.AllocaOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        slot = e(llvm.AllocaOp(e.i64(1), convert_type(op.result.type.pointee), alignment=8))
        # (py.alloca results keep their !py.ref type until here: it names the slot's type.)
        rewriter.replace(op, [], [slot])


class LowerLoad(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.LoadOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        rewriter.replace(op, [], [e(llvm.LoadOp(op.ref, convert_type(op.result.type)))])


class LowerStore(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.StoreOp, rewriter: PatternRewriter):
        Emitter(rewriter, op)(llvm.StoreOp(op.value, op.ref))
        rewriter.erase(op)


def bound_flag(name: str) -> str:
    return f"{name}.bound"


def checked_globals(module) -> set[str]:
    """Module variables with at least one checked load: they need a bound flag."""
    return {o.global_name.root_reference.data for o in module.walk()
            if isinstance(o, py.GlobalLoadOp) and o.checked}


class LowerGlobal(RewritePattern):
    def __init__(self, flagged: set[str]):
        self.flagged = flagged

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.GlobalOp, rewriter: PatternRewriter):
        name = op.sym_name.data
        value_type = convert_type(op.value_type)
        if isinstance(value_type, llvm.LLVMStructType):  # a tuple: a zero initialiser
            body = Block()
            zero_value = llvm.ZeroOp(result_types=[value_type])
            body.add_ops([zero_value, llvm.ReturnOp(zero_value.results[0])])
            new_ops = [llvm.GlobalOp(value_type, name, "internal", body=Region([body]))]
        else:
            zero = FloatAttr(0.0, value_type) if isinstance(value_type, Float64Type) \
                else IntegerAttr(0, value_type)
            new_ops = [llvm.GlobalOp(value_type, name, "internal", value=zero)]
        if name in self.flagged:
            new_ops.append(llvm.GlobalOp(i1, bound_flag(name), "internal", value=IntegerAttr(0, i1)))
        for new in new_ops:
            new.location = op.location
        rewriter.replace(op, new_ops, [])


class LowerGlobalStore(RewritePattern):
    def __init__(self, flagged: set[str]):
        self.flagged = flagged

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.GlobalStoreOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        name = op.global_name.root_reference.data
        e(llvm.StoreOp(op.value, e(llvm.AddressOfOp(name, ptr))))
        if name in self.flagged:
            e(llvm.StoreOp(e.i1(True), e(llvm.AddressOfOp(bound_flag(name), ptr))))
        rewriter.erase(op)


class LowerGlobalLoad(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.GlobalLoadOp, rewriter: PatternRewriter):
        e = Emitter(rewriter, op)
        name = op.global_name.root_reference.data
        if op.checked:
            bound = e(llvm.LoadOp(e(llvm.AddressOfOp(bound_flag(name), ptr)), i1))
            python_name = name.removeprefix("py.") + "\0"

            def raise_name_error(t: Emitter):
                t.call("aithon_raise_name_error", [string_pointer(t, python_name)])
                return []

            e.if_else(e.negate(bound), [], raise_name_error, lambda s: [])
        value = e(llvm.LoadOp(e(llvm.AddressOfOp(name, ptr)), convert_type(op.result.type)))
        rewriter.replace(op, [], [value])


def variable_patterns(module) -> list[RewritePattern]:
    flagged = checked_globals(module)
    return [LowerAlloca(), LowerLoad(), LowerStore(), LowerGlobal(flagged),
            LowerGlobalStore(flagged), LowerGlobalLoad()]

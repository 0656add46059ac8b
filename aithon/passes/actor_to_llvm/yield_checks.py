"""Lowering of `actor.yield_check`: runtime.h's aithon_yield_check, inline.

Find this actor's control block from the stack pointer, decrement its
reduction budget (offset 0), and call aithon_yield_preserving (preserve_all)
when it reaches zero.  `loop` checks count iterations in a local first and
spend a reduction every 64th (one counter per function, shared by its loops).
"""

from __future__ import annotations

import platform

from xdsl.dialects import arith, llvm
from xdsl.dialects.builtin import UnitAttr, i64
from xdsl.ir import Operation, SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern, op_type_rewrite_pattern
from xdsl.rewriter import InsertPoint

from aithon.dialects import actor
from aithon.passes.actor_to_llvm.slots import entry_alloca, entry_block, nothing, only
from aithon.passes.py_to_std.emitter import Emitter
from aithon.runtime_codes import ACTOR_BLOCK_SIZE, STACK_SLOT_LOG2

# runtime.h, aithon_actor_block: where a slot's control block is.
SLOT_LOG2 = STACK_SLOT_LOG2
BLOCK_SIZE = ACTOR_BLOCK_SIZE
YIELD = "aithon_yield_preserving"
PRESERVE_ALL = llvm.CallingConventionAttr("preserve_allcc")
LOOP_BATCH = 64                # back-edge iterations per reduction
LOOP_COUNTER_ATTR = "actor.loop_counter"
READ_STACK_POINTER = {"x86_64": "mov %rsp, $0", "aarch64": "mov $0, sp", "arm64": "mov $0, sp"}


class LowerYieldCheck(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.YieldCheckOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        if op.loop is not None:
            # Count iterations in a local (mem2reg keeps it in a register);
            # spend the reduction on every kLoopBatch-th one only.
            counter = loop_counter(rewriter, op)
            count = emit(arith.AddiOp(emit(llvm.LoadOp(counter, i64)), emit.i64(1)))
            emit(llvm.StoreOp(count, counter))
            due = emit.cmpi("eq", emit(arith.AndIOp(count, emit.i64(LOOP_BATCH - 1))), emit.i64(0))
            emit.if_else(due, [], only(spend_reduction), nothing)
        else:
            spend_reduction(emit)
        rewriter.erase_op(op)


def loop_counter(rewriter: PatternRewriter, op: Operation) -> SSAValue:
    """The function's iteration counter: one i64 slot, zeroed at entry."""
    for candidate in entry_block(op).ops:
        if isinstance(candidate, llvm.AllocaOp) and LOOP_COUNTER_ATTR in candidate.attributes:
            return candidate.results[0]
    counter = entry_alloca(rewriter, op, 1, alignment=8)
    counter.owner.attributes[LOOP_COUNTER_ATTR] = UnitAttr()
    zero = Emitter(rewriter, op, InsertPoint.after(counter.owner))
    zero(llvm.StoreOp(zero.i64(0), counter))
    return counter


def spend_reduction(emit: Emitter) -> None:
    """runtime.h's aithon_yield_check, inline."""
    asm = READ_STACK_POINTER.get(platform.machine())
    if asm is None:
        raise NotImplementedError(f"actor-to-llvm: no stack-pointer read for {platform.machine()}")
    sp = emit(llvm.InlineAsmOp(asm, "=r", [], [i64]))
    slot = emit(arith.ShRUIOp(sp, emit.i64(SLOT_LOG2)))
    top = emit(arith.AddiOp(emit(arith.OrIOp(sp, emit.i64((1 << SLOT_LOG2) - 1))), emit.i64(1)))
    line = emit(arith.MuliOp(emit(arith.AndIOp(slot, emit.i64(15))), emit.i64(64)))
    page = emit(arith.MuliOp(emit(arith.AndIOp(emit(arith.ShRUIOp(slot, emit.i64(4))),
                                               emit.i64(63))), emit.i64(4096)))
    block = emit(arith.SubiOp(emit(arith.SubiOp(emit(arith.SubiOp(top, line)), page)),
                              emit.i64(BLOCK_SIZE)))
    budget_ptr = emit(llvm.IntToPtrOp(block))
    budget = emit(arith.SubiOp(emit(llvm.LoadOp(budget_ptr, i64)), emit.i64(1)))
    emit(llvm.StoreOp(budget, budget_ptr))
    spent = emit.cmpi("sle", budget, emit.i64(0))
    emit.if_else(spent, [], only(call_yield), nothing)


def call_yield(emit: Emitter) -> None:
    """aithon_yield_preserving(), under clang's preserve_all convention: no
    register of the caller needs saving around it (runtime.h)."""
    module = emit.module()
    if not any(isinstance(f, llvm.FuncOp) and f.sym_name.data == YIELD for f in module.body.block.ops):
        declaration = llvm.FuncOp(YIELD, llvm.LLVMFunctionType([]), llvm.LinkageAttr("external"),
                                  cconv=PRESERVE_ALL)
        module.body.block.add_op(declaration)
    emit(llvm.CallOp(YIELD, calling_convention=PRESERVE_ALL))

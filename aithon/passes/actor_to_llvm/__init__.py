"""`actor-to-llvm`: `actor` ops → calls of the runtime's C ABI.

Runs after `py-to-std`, so payloads already have machine types (i64 tagged
ints, f64, i1 bools, i8 None).  Each op becomes a few standard ops:

  actor.yield_check   the inline check of runtime.h (aithon_yield_check):
                      find this actor's control block from the stack pointer,
                      decrement its reduction budget (offset 0), and call
                      aithon_yield_preserving (preserve_all) when it reaches
                      zero.  `loop` checks count iterations in a local first
                      and spend a reduction every 64th (one counter per
                      function, shared by its loops).
  actor.spawn         arguments stored into 8-byte slots of a stack buffer,
                      aithon_spawn_opt(entry, buffer, size, {MONITOR}); a
                      failed spawn raises AITHON_ERR_SPAWN_FAILED.
  actor.await         aithon_await_value(pid) (which fails this actor if the
                      awaited one failed); the result is read from the DOWN
                      message's payload.
  actor.self          aithon_self().
  actor.send          the message's tag (message_tag: a code for its Python
                      type) and its slots in a stack buffer, aithon_send.
  actor.receive       aithon_receive_tagged(tag, timeout in ns), which takes
                      the oldest message with that tag; NULL on timeout gives
                      the default or raises AITHON_ERR_RECEIVE_TIMEOUT.
  !actor.pid          i64 (py-to-std retypes it).

Values travel in 8-byte slots: an int (tagged word), float, pid, or a bool
zero-extended; a tuple is flattened, item after item.

Each function an `actor.spawn` names gets an entry point `<name>.actor` of
the runtime's behaviour type `void (void *arg, size_t size)`: it loads the
arguments from their slots, calls the function and hands its result to
aithon_set_result.  The slot layout is the contract between the two sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, llvm
from xdsl.dialects.builtin import ModuleOp, i64
from xdsl.ir import Block, Region
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    GreedyRewritePatternApplier,
    PatternRewriter,
    PatternRewriteWalker,
)
from xdsl.rewriter import InsertPoint

from aithon.dialects import actor
from aithon.passes.actor_to_llvm.messaging import (
    LowerAwait,
    LowerReceive,
    LowerSelf,
    LowerSend,
    LowerSpawn,
)
from aithon.passes.actor_to_llvm.supervision import SUPERVISION_PATTERNS
from aithon.passes.actor_to_llvm.slots import SLOT, entry_symbol, load_slots, ptr, slot_count, store_slots
from aithon.passes.actor_to_llvm.yield_checks import LowerYieldCheck
from aithon.passes.py_to_std.emitter import Emitter


def build_entry_point(module: ModuleOp, target: func.FuncOp) -> func.FuncOp:
    """`<name>.actor(arg, size)`: unpack the argument slots, call, set the result."""
    body = Block(arg_types=[ptr, i64])
    entry = func.FuncOp(entry_symbol(target.sym_name.data), ([ptr, i64], []), Region([body]),
                        "private")
    entry.location = target.location
    # Only its address escapes (to the runtime): keep the symbol internal.
    entry.attributes["llvm.linkage"] = llvm.LinkageAttr("internal")
    module.body.block.add_op(entry)
    rewriter = PatternRewriter(entry)
    emit = Emitter(rewriter, entry, InsertPoint.at_end(body))
    emit.location = target.location
    outputs = list(target.function_type.outputs.data)
    result_slots = slot_count(outputs[0]) if outputs else 0
    # The result slots first: an alloca at the top of the entry block is static.
    result = emit(llvm.AllocaOp(emit.i64(result_slots), i64, alignment=16)) if outputs else None
    arguments, offset = [], 0
    for t in target.function_type.inputs.data:
        arguments.append(load_slots(emit, t, body.args[0], offset))
        offset += SLOT * slot_count(t)
    call = emit(func.CallOp(target.sym_name.data, arguments, outputs))
    if outputs:
        store_slots(emit, call, result, 0)
        emit.call("aithon_set_result", [result, emit.i64(SLOT * result_slots)])
    emit(func.ReturnOp())
    return entry


@dataclass(frozen=True)
class ActorToLLVMPass(ModulePass):
    name = "actor-to-llvm"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        spawned = {s.callee.root_reference.data for s in op.walk()
                   if isinstance(s, (actor.SpawnOp, actor.ChildOp))}
        PatternRewriteWalker(
            GreedyRewritePatternApplier([LowerYieldCheck(), LowerSpawn(), LowerAwait(), LowerSelf(),
                                         LowerSend(), LowerReceive(), *SUPERVISION_PATTERNS]),
            apply_recursively=False,
        ).rewrite_module(op)
        functions = {f.sym_name.data: f for f in op.body.block.ops if isinstance(f, func.FuncOp)}
        for name in sorted(spawned):
            build_entry_point(op, functions[name])

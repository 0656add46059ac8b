"""Lowering of spawning, awaiting and messaging: `actor.spawn`, `actor.await`,
`actor.self`, `actor.send`, `actor.receive` (see the package's docstring)."""

from __future__ import annotations

from xdsl.dialects import arith, llvm
from xdsl.dialects.builtin import i64
from xdsl.ir import SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern, op_type_rewrite_pattern

from aithon.dialects import actor
from aithon.passes.actor_to_llvm.slots import (
    MESSAGE_DATA_OFFSET,
    SLOT,
    entry_alloca,
    entry_pointer,
    i8,
    load_slots,
    message_tag,
    pack_arguments,
    raise_if_no_pid,
    slot_count,
    store_slots,
)
from aithon.passes.actor_to_llvm.supervision import is_signal, read_signal, receive_signal
from aithon.passes.py_to_std.emitter import Emitter
from aithon.runtime_codes import RECEIVE_TIMEOUT

SPAWN_LINK = 1                 # AITHON_SPAWN_LINK
SPAWN_MONITOR = 2              # AITHON_SPAWN_MONITOR


class LowerSpawn(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.SpawnOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        buffer, size = pack_arguments(emit, rewriter, op, op.arguments)
        # aithon_spawn_options {uint32_t flags; size_t heap_size;}: two slots.
        options = entry_alloca(rewriter, op, 2)
        flags = ((SPAWN_MONITOR if op.monitored is not None else 0)
                 | (SPAWN_LINK if op.linked is not None else 0))
        emit(llvm.StoreOp(emit.i32(flags), options))
        emit(llvm.StoreOp(emit.i64(0), emit(llvm.GEPOp(options, [SLOT], i8))))
        entry_ptr = entry_pointer(emit, op.callee.root_reference.data)
        size = emit.i64(size)
        pid = emit.call("aithon_spawn_opt", [entry_ptr, buffer, size, options])
        raise_if_no_pid(emit, pid)
        rewriter.replace_matched_op([], [pid])


class LowerAwait(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.AwaitOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        message = emit.call("aithon_await_value", [op.pid])
        if op.res is None:
            rewriter.erase_op(op)
            return
        value = load_slots(emit, op.res.type, message, MESSAGE_DATA_OFFSET)
        rewriter.replace_matched_op([], [value])


class LowerSelf(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.SelfOp, rewriter: PatternRewriter) -> None:
        rewriter.replace_matched_op([], [Emitter(rewriter, op).call("aithon_self", [])])


class LowerSend(RewritePattern):
    """The message's tag in slot 0, its scalars in the slots after it."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.SendOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        slots = 1 + slot_count(op.message.type)
        buffer = entry_alloca(rewriter, op, slots)
        emit(llvm.StoreOp(emit.i64(message_tag(op.message_type)), buffer))
        store_slots(emit, op.message, buffer, 1)
        emit.call("aithon_send", [op.pid, buffer, emit.i64(SLOT * slots)])
        rewriter.erase_op(op)


class LowerReceive(RewritePattern):
    """A user message by its type's tag; an Exit or Down by its kind
    (supervision.py reads those)."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.ReceiveOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        wait = emit.i64(-1) if op.timeout is None else timeout_ns(emit, op.timeout)
        result_type = op.res.type
        if is_signal(op.message_type):
            message = receive_signal(emit, op.message_type, wait)
            read = read_signal
        else:
            message = emit.call("aithon_receive_tagged",
                                [emit.i64(message_tag(op.message_type)), wait])

            def read(e: Emitter, m: SSAValue) -> SSAValue:
                return load_slots(e, result_type, m, MESSAGE_DATA_OFFSET + SLOT)
        if op.timeout is None:  # waits until a message comes: never NULL
            rewriter.replace_matched_op([], [read(emit, message)])
            return

        def timed_out(e: Emitter) -> list:
            if op.default is not None:
                return [op.default]
            e.call("aithon_raise", [e.i32(RECEIVE_TIMEOUT)])
            return [e(llvm.UndefOp(result_type))]

        got = emit.cmpi("ne", emit(llvm.PtrToIntOp(message)), emit.i64(0))
        value = emit.if_else(got, [result_type], lambda e: [read(e, message)], timed_out)
        rewriter.replace_matched_op([], value)


def timeout_ns(emit: Emitter, seconds: SSAValue) -> SSAValue:
    """Seconds (f64) → nanoseconds for the runtime: 0 for a negative or NaN
    timeout (only look, as asyncio does), capped at about 127 years."""
    cap = emit.f64(4.0e18)
    ns = emit(arith.MulfOp(seconds, emit.f64(1e9)))
    ns = emit(arith.SelectOp(emit(arith.CmpfOp(ns, cap, "ogt")), cap, ns))
    whole = emit(arith.FPToSIOp(ns, i64))
    positive = emit(arith.CmpfOp(seconds, emit.f64(0.0), "ogt"))
    return emit(arith.SelectOp(positive, whole, emit.i64(0)))

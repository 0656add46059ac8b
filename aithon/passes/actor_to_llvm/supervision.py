"""Lowering of links, monitors, exit signals and supervisors.

  actor.link / unlink / monitor   aithon_link / aithon_unlink / aithon_monitor
  actor.trap_exits                aithon_trap_exits (i1 in, the old i1 out)
  actor.exit                      aithon_exit_pid(pid, reason's low 32 bits)
  actor.reason                    the reason's code, as an i64 constant
  actor.receive as Exit/Down      aithon_receive_kind(EXIT|DOWN, timeout);
                                  the message's sender and its reason word
                                  (aithon_message_reason) make the struct
  actor.signal_field              llvm.extractvalue of that struct
  actor.print_reason              aithon_print_reason(reason, repr)
  actor.child                     an aithon_child_spec struct value: entry
                                  point, argument slots, their size, restart
  actor.supervisor                the child specs in an array and an
                                  aithon_supervisor_spec on the stack,
                                  aithon_supervisor_start (copies both)
  actor.child_pid                 aithon_child_pid(supervisor, tagged index)

A reason word (runtime.h) is the runtime's int32 exit reason in its low
half and, for an error that names something, a detail index in its high
half: equal words are equal reasons.
"""

from __future__ import annotations

from xdsl.dialects import arith, llvm
from xdsl.dialects.builtin import i32, i64
from xdsl.ir import SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern, op_type_rewrite_pattern

from aithon.dialects import actor
from aithon.passes.actor_to_llvm.slots import (
    SLOT,
    entry_alloca,
    entry_pointer,
    i8,
    make_struct,
    pack_arguments,
    position,
    ptr,
    raise_if_no_pid,
)
from aithon.passes.py_to_std.emitter import Emitter
from aithon.passes.py_to_std.types import SIGNAL_STRUCT

MESSAGE_KINDS = {actor.ExitType: 1, actor.DownType: 2}  # enum aithon_message_kind
MESSAGE_FROM_OFFSET = 8        # offsetof(aithon_message, from)
# aithon_child_spec {fn, arg, size, restart}: 32 bytes, as this struct.
CHILD_SPEC = llvm.LLVMStructType.from_type_list([ptr, ptr, i64, i32])
CHILD_SPEC_SIZE = 32
SUPERVISOR_SPEC_SLOTS = 4      # {u32 strategy, u32 max_restarts, f64 period, size_t count, ptr}


class LowerPidCall(RewritePattern):
    """The ops that only call the runtime with a pid."""

    CALLS = {actor.LinkOp: "aithon_link", actor.UnlinkOp: "aithon_unlink",
             actor.MonitorOp: "aithon_monitor"}

    def match_and_rewrite(self, op, rewriter: PatternRewriter) -> None:
        name = self.CALLS.get(type(op))
        if name is None:
            return
        Emitter(rewriter, op).call(name, [op.pid])  # a monitor's reference is not kept
        rewriter.erase_op(op)


class LowerTrapExits(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.TrapExitsOp, rewriter: PatternRewriter) -> None:
        rewriter.replace_matched_op([], [Emitter(rewriter, op).call("aithon_trap_exits", [op.on])])


class LowerExit(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.ExitOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        emit.call("aithon_exit_pid", [op.pid, emit(arith.TruncIOp(op.reason, i32))])
        rewriter.erase_op(op)


class LowerReason(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.ReasonOp, rewriter: PatternRewriter) -> None:
        rewriter.replace_matched_op([], [Emitter(rewriter, op).i64(op.code)])


class LowerSignalField(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.SignalFieldOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        field = emit(llvm.ExtractValueOp(position(op.position), op.signal, i64))
        rewriter.replace_matched_op([], [field])


class LowerPrintReason(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.PrintReasonOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        emit.call("aithon_print_reason", [op.reason, emit.i1(op.repr is not None)])
        rewriter.erase_op(op)


def is_signal(message_type) -> bool:
    return type(message_type) in MESSAGE_KINDS


def receive_signal(emit: Emitter, message_type, wait: SSAValue) -> SSAValue:
    """The oldest Exit or Down message (NULL on timeout)."""
    return emit.call("aithon_receive_kind", [emit.i32(MESSAGE_KINDS[type(message_type)]), wait])


def read_signal(emit: Emitter, message: SSAValue) -> SSAValue:
    """An Exit or Down message as the struct {pid, reason word}."""
    pid = emit(llvm.LoadOp(emit(llvm.GEPOp(message, [MESSAGE_FROM_OFFSET], i8)), i64))
    reason = emit.call("aithon_message_reason", [message])
    return make_struct(emit, SIGNAL_STRUCT, [pid, reason])


class LowerChild(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.ChildOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        arguments, size = pack_arguments(emit, rewriter, op, op.arguments)
        spec = make_struct(emit, CHILD_SPEC, [
            entry_pointer(emit, op.callee.root_reference.data), arguments, emit.i64(size),
            emit.i32(actor.RESTARTS.index(op.restart.data))])
        rewriter.replace_matched_op([], [spec])


class LowerSupervisor(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.SupervisorOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        count = len(op.children)
        if count:
            children = entry_alloca(rewriter, op, count * CHILD_SPEC_SIZE // SLOT)
            for index, child in enumerate(op.children):
                emit(llvm.StoreOp(child, emit(llvm.GEPOp(children, [index * CHILD_SPEC_SIZE], i8))))
        else:
            children = emit(llvm.ZeroOp(result_types=[ptr]))
        spec = entry_alloca(rewriter, op, SUPERVISOR_SPEC_SLOTS)
        fields = [emit.i32(actor.STRATEGIES.index(op.strategy.data)),
                  emit.i32(op.max_restarts.data), emit.f64(op.within.value.data),
                  emit.i64(count), children]
        for offset, field in zip((0, 4, 8, 16, 24), fields):
            emit(llvm.StoreOp(field, emit(llvm.GEPOp(spec, [offset], i8))))
        pid = emit.call("aithon_supervisor_start", [spec])
        # The spec's ranges were checked by the verifier: only a spawn can fail.
        raise_if_no_pid(emit, pid)
        rewriter.replace_matched_op([], [pid])


class LowerChildPid(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.ChildPidOp, rewriter: PatternRewriter) -> None:
        pid = Emitter(rewriter, op).call("aithon_child_pid", [op.supervisor, op.index])
        rewriter.replace_matched_op([], [pid])


SUPERVISION_PATTERNS = [LowerPidCall(), LowerTrapExits(), LowerExit(), LowerReason(),
                        LowerSignalField(), LowerPrintReason(), LowerChild(), LowerSupervisor(),
                        LowerChildPid()]

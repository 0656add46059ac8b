"""Values in 8-byte slots: how actor-to-llvm passes values through the
runtime (spawn arguments, entry points, await results, messages).

An int (its tagged word), a float, a pid or a reason takes one slot; a bool
or None is zero-extended to one; a tuple (an LLVM struct) is flattened, item
after item.  Sender and receiver compute the same layout from the same type:
the layout is the contract between the two sides.
"""

from __future__ import annotations

from xdsl.dialects import arith, func, llvm
from xdsl.dialects.builtin import (
    DenseArrayBase,
    FunctionType,
    IntegerType,
    UnrealizedConversionCastOp,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, SSAValue
from xdsl.pattern_rewriter import PatternRewriter
from xdsl.rewriter import InsertPoint

from aithon.dialects import actor
from aithon.passes.py_to_std.emitter import Emitter
from aithon.runtime_codes import SPAWN_FAILED

ptr = llvm.LLVMPointerType()
i8 = IntegerType(8)
SLOT = 8                       # bytes per argument / result slot
MESSAGE_DATA_OFFSET = 32       # offsetof(aithon_message, data) in runtime.h


def entry_symbol(callee: str) -> str:
    return f"{callee}.actor"


def only(effect):
    """An `scf.if` branch body that runs `effect` and yields nothing."""
    def body(emit: Emitter) -> list:
        effect(emit)
        return []
    return body


def nothing(emit: Emitter) -> list:
    return []


def _narrow(t: Attribute) -> bool:
    """Types kept in a slot as a zero-extended i64 (bool, None)."""
    return isinstance(t, IntegerType) and t.width.data < 64


def slot_count(t: Attribute) -> int:
    """Slots a value of machine type `t` takes: one per scalar, tuples flattened."""
    if isinstance(t, llvm.LLVMStructType):
        return sum(slot_count(e) for e in t.types)
    return 1


def store_slots(emit: Emitter, value: SSAValue, base: SSAValue, index: int) -> int:
    """Store `value` from slot `index` on (a tuple item by item); returns the next slot."""
    if isinstance(value.type, llvm.LLVMStructType):
        for index_in_tuple, item_type in enumerate(value.type.types):
            item = emit(llvm.ExtractValueOp(position(index_in_tuple), value, item_type))
            index = store_slots(emit, item, base, index)
        return index
    slot = emit(llvm.GEPOp(base, [index * SLOT], i8))
    if _narrow(value.type):
        value = emit(arith.ExtUIOp(value, i64))
    emit(llvm.StoreOp(value, slot))
    return index + 1


def load_slots(emit: Emitter, t: Attribute, base: SSAValue, byte_offset: int) -> SSAValue:
    """The value of type `t` stored by store_slots from `byte_offset` on."""
    if isinstance(t, llvm.LLVMStructType):
        value = emit(llvm.UndefOp(t))
        for index_in_tuple, item_type in enumerate(t.types):
            item = load_slots(emit, item_type, base, byte_offset)
            byte_offset += SLOT * slot_count(item_type)
            value = emit(llvm.InsertValueOp(position(index_in_tuple), value, item))
        return value
    slot = emit(llvm.GEPOp(base, [byte_offset], i8))
    if _narrow(t):
        return emit(arith.TruncIOp(emit(llvm.LoadOp(slot, i64)), t))
    return emit(llvm.LoadOp(slot, t))


def position(index: int) -> DenseArrayBase:
    """The index of an llvm.insertvalue / extractvalue."""
    return DenseArrayBase.from_list(i64, [index])


def make_struct(emit: Emitter, struct_type: Attribute, fields) -> SSAValue:
    """A struct value of `struct_type` from its fields, in order."""
    value = emit(llvm.UndefOp(struct_type))
    for index, field in enumerate(fields):
        value = emit(llvm.InsertValueOp(position(index), value, field))
    return value


def pack_arguments(emit: Emitter, rewriter: PatternRewriter, anchor: Operation,
                   arguments) -> tuple[SSAValue, int]:
    """(buffer, size in bytes) of `arguments` in slots, for the runtime to
    copy into a new actor; a null buffer when there are none."""
    slots = sum(slot_count(a.type) for a in arguments)
    if not slots:
        return emit(llvm.ZeroOp(result_types=[ptr])), 0
    buffer = entry_alloca(rewriter, anchor, slots)
    index = 0
    for value in arguments:
        index = store_slots(emit, value, buffer, index)
    return buffer, SLOT * slots


def entry_pointer(emit: Emitter, callee: str) -> SSAValue:
    """The address of `callee`'s entry point `<callee>.actor` (build_entry_point)."""
    entry = emit(actor.FuncConstantOp(entry_symbol(callee),
                                      FunctionType.from_lists([ptr, i64], [])))
    return emit(UnrealizedConversionCastOp.get([entry], [ptr]))


def message_tag(message_type: Attribute) -> int:
    """The 64-bit code a message of this Python type carries first (FNV-1a of
    the type's text, as a signed i64): sender and receiver compute the same
    one from the same type, and a receive takes only messages with its tag."""
    code = 0xCBF29CE484222325
    for byte in str(message_type).encode():
        code = ((code ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return code - (1 << 64) if code >= 1 << 63 else code


def entry_block(op: Operation) -> Block:
    function = op.parent_op()
    while not isinstance(function, func.FuncOp):
        function = function.parent_op()
    return function.body.blocks.first


def entry_alloca(rewriter: PatternRewriter, anchor: Operation, slots: int,
                 alignment: int = 16) -> SSAValue:
    """A buffer of `slots` 8-byte slots in the function's entry block, so that
    a spawn inside a loop does not grow the stack at each iteration."""
    emit = Emitter(rewriter, anchor, InsertPoint.at_start(entry_block(anchor)))
    return emit(llvm.AllocaOp(emit.i64(slots), i64, alignment=alignment))




def raise_if_no_pid(emit: Emitter, pid: SSAValue) -> None:
    """A spawn that got AITHON_NO_PID (no stack slot left) fails this actor."""
    failed = emit.cmpi("eq", pid, emit.i64(0))
    emit.if_else(failed, [], only(lambda e: e.call("aithon_raise", [e.i32(SPAWN_FAILED)])),
                 nothing)

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

import platform
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func, llvm
from xdsl.dialects.builtin import (
    DenseArrayBase,
    FunctionType,
    IntegerType,
    ModuleOp,
    UnitAttr,
    UnrealizedConversionCastOp,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    GreedyRewritePatternApplier,
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
    op_type_rewrite_pattern,
)
from xdsl.rewriter import InsertPoint

from aithon.dialects import actor
from aithon.passes.py_to_std.emitter import Emitter

ptr = llvm.LLVMPointerType()
i8 = IntegerType(8)
SLOT = 8                       # bytes per argument / result slot
MESSAGE_DATA_OFFSET = 32       # offsetof(aithon_message, data) in runtime.h
SPAWN_MONITOR = 2              # AITHON_SPAWN_MONITOR
SPAWN_FAILED = 17              # AITHON_ERR_SPAWN_FAILED
RECEIVE_TIMEOUT = 18           # AITHON_ERR_RECEIVE_TIMEOUT
# runtime.h, aithon_actor_block: where a slot's control block is.
SLOT_LOG2 = 23
BLOCK_SIZE = 768
YIELD = "aithon_yield_preserving"
PRESERVE_ALL = llvm.CallingConventionAttr("preserve_allcc")
LOOP_BATCH = 64                # back-edge iterations per reduction
LOOP_COUNTER_ATTR = "actor.loop_counter"
READ_STACK_POINTER = {"x86_64": "mov %rsp, $0", "aarch64": "mov $0, sp", "arm64": "mov $0, sp"}


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
        for position, item_type in enumerate(value.type.types):
            item = emit(llvm.ExtractValueOp(DenseArrayBase.from_list(i64, [position]), value,
                                            item_type))
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
        for position, item_type in enumerate(t.types):
            item = load_slots(emit, item_type, base, byte_offset)
            byte_offset += SLOT * slot_count(item_type)
            value = emit(llvm.InsertValueOp(DenseArrayBase.from_list(i64, [position]), value, item))
        return value
    slot = emit(llvm.GEPOp(base, [byte_offset], i8))
    if _narrow(t):
        return emit(arith.TruncIOp(emit(llvm.LoadOp(slot, i64)), t))
    return emit(llvm.LoadOp(slot, t))


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


class LowerSpawn(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.SpawnOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        arguments = list(op.arguments)
        slots = sum(slot_count(a.type) for a in arguments)
        if slots:
            buffer = entry_alloca(rewriter, op, slots)
            index = 0
            for value in arguments:
                index = store_slots(emit, value, buffer, index)
        else:
            buffer = emit(llvm.ZeroOp(result_types=[ptr]))
        # aithon_spawn_options {uint32_t flags; size_t heap_size;}: two slots.
        options = entry_alloca(rewriter, op, 2)
        flags = SPAWN_MONITOR if op.monitored is not None else 0
        emit(llvm.StoreOp(emit.i32(flags), options))
        emit(llvm.StoreOp(emit.i64(0), emit(llvm.GEPOp(options, [SLOT], i8))))
        entry = emit(actor.FuncConstantOp(entry_symbol(op.callee.root_reference.data),
                                          FunctionType.from_lists([ptr, i64], [])))
        entry_ptr = emit(UnrealizedConversionCastOp.get([entry], [ptr]))
        size = emit.i64(SLOT * slots)
        pid = emit.call("aithon_spawn_opt", [entry_ptr, buffer, size, options])
        failed = emit.cmpi("eq", pid, emit.i64(0))
        emit.if_else(failed, [], only(lambda e: e.call("aithon_raise", [e.i32(SPAWN_FAILED)])),
                     nothing)
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
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: actor.ReceiveOp, rewriter: PatternRewriter) -> None:
        emit = Emitter(rewriter, op)
        wait = emit.i64(-1) if op.timeout is None else timeout_ns(emit, op.timeout)
        message = emit.call("aithon_receive_tagged", [emit.i64(message_tag(op.message_type)), wait])
        payload = MESSAGE_DATA_OFFSET + SLOT
        result_type = op.res.type
        if op.timeout is None:  # waits until a message comes: never NULL
            rewriter.replace_matched_op([], [load_slots(emit, result_type, message, payload)])
            return

        def timed_out(e: Emitter) -> list:
            if op.default is not None:
                return [op.default]
            e.call("aithon_raise", [e.i32(RECEIVE_TIMEOUT)])
            return [e(llvm.UndefOp(result_type))]

        got = emit.cmpi("ne", emit(llvm.PtrToIntOp(message)), emit.i64(0))
        value = emit.if_else(got, [result_type],
                             lambda e: [load_slots(e, result_type, message, payload)], timed_out)
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
        spawned = {s.callee.root_reference.data for s in op.walk() if isinstance(s, actor.SpawnOp)}
        PatternRewriteWalker(
            GreedyRewritePatternApplier([LowerYieldCheck(), LowerSpawn(), LowerAwait(), LowerSelf(),
                                         LowerSend(), LowerReceive()]),
            apply_recursively=False,
        ).rewrite_module(op)
        functions = {f.sym_name.data: f for f in op.body.block.ops if isinstance(f, func.FuncOp)}
        for name in sorted(spawned):
            build_entry_point(op, functions[name])

"""The machine types of `py` types, and the final sweep that applies them.

    !py.int   → i64 (tagged word)      !py.bool → i1
    !py.float → f64                    !py.none → i8 (always 0)
    !py.ref<T> → !llvm.ptr              !actor.pid → i64
    !py.tuple<A, B> → !llvm.struct<(A', B')>
    !actor.reason → i64 (reason word)   !actor.exit, !actor.down → !llvm.struct<(i64, i64)>

The pass first retypes every value in place (`convert_all_types`), then the
patterns replace each `py` op, dispatching on the machine types of its
operands: i64 is an int, f64 a float, i1 a bool, i8 None.
"""

from __future__ import annotations

from xdsl.dialects import func, llvm
from xdsl.dialects.builtin import Float64Type, FunctionType, IntegerType, ModuleOp, i1, i64
from xdsl.ir import Attribute

from aithon.dialects import actor, py

MACHINE_TYPES: dict[type, Attribute] = {
    py.IntType: i64,
    py.FloatType: Float64Type(),
    py.BoolType: i1,
    py.NoneType: IntegerType(8),
    py.RefType: llvm.LLVMPointerType(),
    actor.PidType: i64,
    actor.ReasonType: i64,
}
# An Exit or Down message: its pid and its reason word.
SIGNAL_STRUCT = llvm.LLVMStructType.from_type_list([i64, i64])


def convert_type(t: Attribute) -> Attribute:
    if isinstance(t, py.TupleType):
        return llvm.LLVMStructType.from_type_list([convert_type(e) for e in t.types])
    if isinstance(t, actor.SIGNAL_TYPES):
        return SIGNAL_STRUCT
    return MACHINE_TYPES.get(type(t), t)


def convert_all_types(module: ModuleOp) -> None:
    """Retype every value in place; `py.alloca` keeps its !py.ref (see LowerAlloca)."""
    for op in module.walk():
        if isinstance(op, py.AllocaOp):
            continue
        for result in op.results:
            result._type = convert_type(result.type)  # noqa: SLF001 - in-place retyping
        for region in op.regions:
            for block in region.blocks:
                for arg in block.args:
                    arg._type = convert_type(arg.type)  # noqa: SLF001
        if isinstance(op, func.FuncOp):
            old = op.function_type
            op.function_type = FunctionType.from_lists(
                [convert_type(t) for t in old.inputs.data],
                [convert_type(t) for t in old.outputs.data],
            )

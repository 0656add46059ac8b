"""The runtime functions lowered code calls, with their MLIR signatures.

This table mirrors runtime/include/aithon/runtime.h: a name here must exist
there with the same C types (aithon_int is i64, bool is i1, pointers are
!llvm.ptr).  `declare` adds a private `func.func` declaration to the module
the first time a function is used.
"""

from __future__ import annotations

from xdsl.dialects import func, llvm
from xdsl.dialects.builtin import (
    ArrayAttr,
    DictionaryAttr,
    Float64Type,
    FunctionType,
    ModuleOp,
    UnitAttr,
    i1,
    i32,
    i64,
)

f64 = Float64Type()
ptr = llvm.LLVMPointerType()

RUNTIME_FUNCTIONS: dict[str, tuple[list, list]] = {
    "aithon_int_add": ([i64, i64], [i64]),
    "aithon_int_sub": ([i64, i64], [i64]),
    "aithon_int_mul": ([i64, i64], [i64]),
    "aithon_int_neg": ([i64], [i64]),
    "aithon_int_floordiv": ([i64, i64], [i64]),
    "aithon_int_mod": ([i64, i64], [i64]),
    "aithon_int_pow": ([i64, i64], [i64]),
    "aithon_int_cmp": ([i64, i64], [i32]),
    "aithon_int_from_decimal": ([ptr], [i64]),
    "aithon_int_to_float": ([i64], [f64]),
    "aithon_int_truediv": ([i64, i64], [f64]),
    "aithon_float_int_cmp": ([f64, i64], [i32]),
    "aithon_float_floordiv": ([f64, f64], [f64]),
    "aithon_float_mod": ([f64, f64], [f64]),
    "aithon_float_pow": ([f64, f64], [f64]),
    "aithon_print_int": ([i64], []),
    "aithon_print_float": ([f64], []),
    "aithon_print_bool": ([i1], []),
    "aithon_print_none": ([], []),
    "aithon_print_str": ([ptr, i64], []),
    "aithon_print_pid": ([i64], []),
    "aithon_raise": ([i32], []),
    "aithon_raise_name_error": ([ptr], []),
    # actors (actor-to-llvm)
    "aithon_spawn_opt": ([ptr, ptr, i64, ptr], [i64]),
    "aithon_await_value": ([i64], [ptr]),
    "aithon_set_result": ([ptr, i64], []),
    "aithon_self": ([], [i64]),
    "aithon_send": ([i64, ptr, i64], [i1]),
    "aithon_receive_tagged": ([i64, i64], [ptr]),
    "aithon_receive_kind": ([i32, i64], [ptr]),
    "aithon_message_reason": ([ptr], [i64]),
    "aithon_print_reason": ([i64, i1], []),
    "aithon_link": ([i64], []),
    "aithon_unlink": ([i64], []),
    "aithon_monitor": ([i64], [i64]),
    "aithon_trap_exits": ([i1], [i1]),
    "aithon_exit_pid": ([i64, i32], []),
    "aithon_supervisor_start": ([ptr], [i64]),
    "aithon_child_pid": ([i64, i64], [i64]),
}


def declare(module: ModuleOp, name: str) -> FunctionType:
    """Make sure `module` declares runtime function `name`; return its type."""
    inputs, outputs = RUNTIME_FUNCTIONS[name]
    function_type = FunctionType.from_lists(inputs, outputs)
    for op in module.body.block.ops:
        if isinstance(op, func.FuncOp) and op.sym_name.data == name:
            return function_type
    declaration = func.FuncOp.external(name, inputs, outputs)
    if i1 in inputs:
        # C's bool: LLVM may pass an i1 with garbage above bit 0 unless the
        # parameter is marked zeroext, and the C side reads the whole byte.
        declaration.arg_attrs = ArrayAttr(
            [DictionaryAttr({"llvm.zeroext": UnitAttr()} if t == i1 else {}) for t in inputs])
    module.body.block.add_op(declaration)
    return function_type

"""String constants: one private `llvm.mlir.global` per distinct text."""

from __future__ import annotations

from xdsl.dialects import llvm
from xdsl.dialects.builtin import IntegerType, StringAttr

from aithon.passes.py_to_std.emitter import Emitter


def string_pointer(e: Emitter, text: str):
    """An !llvm.ptr to the UTF-8 bytes of `text` in a constant global."""
    data = text.encode("utf-8")
    module = e.module()
    name = None
    index = 0
    for op in module.body.block.ops:
        if isinstance(op, llvm.GlobalOp) and op.sym_name.data.startswith("str."):
            index += 1
            if isinstance(op.value, StringAttr) and op.value.data.encode("utf-8") == data:
                name = op.sym_name.data
    if name is None:
        name = f"str.{index}"
        glob = llvm.GlobalOp(
            llvm.LLVMArrayType(len(data), IntegerType(8)),
            name, "private", constant=True, value=StringAttr(text),
        )
        glob.location = e.location
        module.body.block.insert_op_before(glob, module.body.block.first_op)
    return e(llvm.AddressOfOp(name, llvm.LLVMPointerType()))

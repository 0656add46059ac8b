"""The `actor` dialect: actors as the runtime sees them.

`async-to-actor` produces these ops from `py.await`; `insert-yield-checks`
adds `actor.yield_check`; `actor-to-llvm` lowers them to calls of the
runtime's C ABI (runtime/include/aithon/runtime.h).  Payload types are not
fixed: the ops carry `py` types before `py-to-std` and machine types (i64,
f64, i1) after it.  docs/dialect-actor.md documents each op.
"""

from __future__ import annotations

from xdsl.dialects.builtin import FunctionType, ModuleOp, SymbolRefAttr, UnitAttr
from xdsl.ir import Dialect, ParametrizedAttribute, TypeAttribute
from xdsl.irdl import (
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    opt_prop_def,
    opt_result_def,
    operand_def,
    prop_def,
    result_def,
    var_operand_def,
)
from xdsl.traits import SymbolTable
from xdsl.utils.exceptions import VerifyException


@irdl_attr_definition
class PidType(ParametrizedAttribute, TypeAttribute):
    """`!actor.pid`: an actor's process identifier (a 64-bit word once lowered)."""

    name = "actor.pid"


@irdl_op_definition
class SpawnOp(IRDLOperation):
    """Start an actor running `callee(arguments)`; returns its pid.

    `%p = actor.spawn @py.worker(%x) monitored : (!py.int) -> !actor.pid`.
    The arguments are copied into the new actor.  With `monitored`, the
    spawner monitors the new actor, so its result (or its failure) comes
    back to the spawner as a DOWN message: what `actor.await` waits for.
    """

    name = "actor.spawn"
    arguments = var_operand_def()
    callee = prop_def(SymbolRefAttr)
    monitored = opt_prop_def(UnitAttr)
    pid = result_def(PidType)
    assembly_format = (
        "$callee `(` $arguments `)` (`monitored` $monitored^)? attr-dict "
        "`:` functional-type($arguments, $pid)"
    )

    def __init__(self, callee: str | SymbolRefAttr, arguments, monitored: bool = True):
        callee = SymbolRefAttr(callee) if isinstance(callee, str) else callee
        properties = {"callee": callee}
        if monitored:
            properties["monitored"] = UnitAttr()
        super().__init__(operands=[arguments], result_types=[PidType()], properties=properties)

    def verify_(self) -> None:
        target = SymbolTable.lookup_symbol(self, self.callee)
        if target is None:
            if self.get_toplevel_object() is self or not isinstance(self.get_toplevel_object(), ModuleOp):
                return  # a lone op: checked once it is in a module
            raise VerifyException(f"actor.spawn callee {self.callee} is not defined")
        if not hasattr(target, "function_type"):
            raise VerifyException(f"actor.spawn callee {self.callee} is not a function")
        if list(target.function_type.inputs.data) != [a.type for a in self.arguments]:
            raise VerifyException(f"actor.spawn arguments do not match {self.callee}'s parameters")
        if len(target.function_type.outputs.data) > 1:
            raise VerifyException(f"actor.spawn callee {self.callee} returns more than one value")


@irdl_op_definition
class AwaitOp(IRDLOperation):
    """Wait for the actor `pid` (spawned `monitored` by this actor) to end.

    `%r = actor.await %p : !py.int`.  Gives its result; without a result
    type, only waits.  If the actor failed, the awaiting actor fails with
    the same exit reason: failures travel up a chain of awaits.
    """

    name = "actor.await"
    pid = operand_def(PidType)
    res = opt_result_def()
    assembly_format = "$pid attr-dict (`:` type($res)^)?"

    def __init__(self, pid, result_type=None):
        super().__init__(operands=[pid], result_types=[[result_type] if result_type else []])


@irdl_op_definition
class YieldCheckOp(IRDLOperation):
    """Spend one reduction; when the slice's budget is spent, let the
    scheduler run other actors (aithon_yield).  `insert-yield-checks` puts
    one at the entry of every function and on every loop back-edge (`actor.yield_check loop`, which spends one reduction every
    64 iterations)."""

    name = "actor.yield_check"
    # On a loop back-edge: one reduction per kLoopBatch iterations (see
    # actor-to-llvm), so a tight loop keeps its counter in a register.
    loop = opt_prop_def(UnitAttr)
    assembly_format = "(`loop` $loop^)? attr-dict"

    def __init__(self, loop: bool = False):
        super().__init__(properties={"loop": UnitAttr()} if loop else {})


Actor = Dialect("actor", [SpawnOp, AwaitOp, YieldCheckOp], [PidType])


@irdl_op_definition
class FuncConstantOp(IRDLOperation):
    """MLIR's `func.constant`, which xDSL lacks: the address of a function.

    actor-to-llvm uses it to pass an actor's entry point to the runtime;
    mlir-opt's convert-to-llvm turns it into `llvm.mlir.addressof`.
    """

    name = "func.constant"
    value = prop_def(SymbolRefAttr)
    res = result_def(FunctionType)
    assembly_format = "$value attr-dict `:` type($res)"

    def __init__(self, symbol: str, function_type: FunctionType):
        super().__init__(properties={"value": SymbolRefAttr(symbol)}, result_types=[function_type])

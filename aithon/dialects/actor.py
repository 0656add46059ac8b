"""The `actor` dialect: actors as the runtime sees them.

`async-to-actor` produces these ops from `py.await`; `insert-yield-checks`
adds `actor.yield_check`; `actor-to-llvm` lowers them to calls of the
runtime's C ABI (runtime/include/aithon/runtime.h).  Payload types are not
fixed: the ops carry `py` types before `py-to-std` and machine types (i64,
f64, i1) after it.  docs/dialect-actor.md documents each op.
"""

from __future__ import annotations

from typing import ClassVar

from xdsl.dialects.builtin import (
    FunctionType,
    IntegerType,
    ModuleOp,
    SymbolRefAttr,
    TypeAttribute,
    UnitAttr,
)
from xdsl.ir import Attribute, Dialect, ParametrizedAttribute
from xdsl.irdl import (
    AnyAttr,
    VarConstraint,
    AttrSizedOperandSegments,
    EqAttrConstraint,
    IRDLOperation,
    base,
    irdl_attr_definition,
    irdl_op_definition,
    opt_operand_def,
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


# A pid before py-to-std, the 64-bit word it becomes after.
PidValue = base(PidType) | EqAttrConstraint(IntegerType(64))


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
    pid = result_def(PidValue)
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

    `%r = actor.await %p : !actor.pid -> !py.int`.  Gives its result; without a result
    type, only waits.  If the actor failed, the awaiting actor fails with
    the same exit reason: failures travel up a chain of awaits.
    """

    name = "actor.await"
    pid = operand_def(PidValue)
    res = opt_result_def()
    assembly_format = "$pid attr-dict `:` type($pid) (`->` type($res)^)?"

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


@irdl_op_definition
class SelfOp(IRDLOperation):
    """The running actor's pid: `%me = actor.self : !actor.pid`."""

    name = "actor.self"
    pid = result_def(PidValue)
    assembly_format = "attr-dict `:` type($pid)"

    def __init__(self):
        super().__init__(result_types=[PidType()])


@irdl_op_definition
class SendOp(IRDLOperation):
    """Copy `message` into the mailbox of `pid`; never blocks.

    `actor.send %p, %m as !py.tuple<!py.int, !actor.pid> : !py.tuple<...>`.
    `message_type` is the message's Python type, kept as written when
    py-to-std retypes the operand: it decides which `actor.receive` takes
    the message (types must match exactly), so it travels with the message.
    """

    name = "actor.send"
    pid = operand_def(PidValue)
    message = operand_def()
    message_type = prop_def(TypeAttribute)
    assembly_format = "$pid `,` $message `as` $message_type attr-dict `:` type($pid) `,` type($message)"

    def __init__(self, pid, message):
        super().__init__(operands=[pid, message], properties={"message_type": message.type})


@irdl_op_definition
class ReceiveOp(IRDLOperation):
    """The oldest message of type `message_type` in this actor's mailbox,
    waiting for one (Erlang's selective receive, with the type as pattern).

    `%m = actor.receive as !py.int timeout %secs default %d : !py.int`.
    `timeout` (an f64 number of seconds, optional) bounds the wait; when it
    passes the result is `default` if given, else the actor fails with
    TimeoutError.  Messages of other types stay queued, in order.
    """

    name = "actor.receive"
    timeout = opt_operand_def()  # !py.float before py-to-std, f64 after
    T: ClassVar = VarConstraint("T", AnyAttr())
    default = opt_operand_def(T)
    message_type = prop_def(TypeAttribute)
    res = result_def(T)
    irdl_options = (AttrSizedOperandSegments(as_property=True),)
    assembly_format = ("`as` $message_type (`timeout` $timeout^ `:` type($timeout))? "
                       "(`default` $default^)? attr-dict `:` type($res)")

    def __init__(self, message_type: Attribute, timeout=None, default=None):
        super().__init__(operands=[[timeout] if timeout is not None else [],
                                   [default] if default is not None else []],
                         properties={"message_type": message_type}, result_types=[message_type])



Actor = Dialect("actor", [SpawnOp, AwaitOp, YieldCheckOp, SelfOp, SendOp, ReceiveOp], [PidType])


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

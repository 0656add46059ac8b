"""The `actor` dialect: actors as the runtime sees them.

`async-to-actor` produces these ops from `py.await`; `insert-yield-checks`
adds `actor.yield_check`; `actor-to-llvm` lowers them to calls of the
runtime's C ABI (runtime/include/aithon/runtime.h).  Payload types are not
fixed: the ops carry `py` types before `py-to-std` and machine types (i64,
f64, i1) after it.  docs/dialect-actor.md documents each op.
"""

from __future__ import annotations

from typing import ClassVar

from xdsl.dialects import llvm
from xdsl.dialects.builtin import (
    FloatAttr,
    FunctionType,
    IntAttr,
    IntegerType,
    StringAttr,
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
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import SymbolTable
from xdsl.utils.exceptions import VerifyException

from aithon.runtime_codes import EXIT_REASONS, RESTARTS, STRATEGIES


@irdl_attr_definition
class PidType(ParametrizedAttribute, TypeAttribute):
    """`!actor.pid`: an actor's process identifier (a 64-bit word once lowered)."""

    name = "actor.pid"


@irdl_attr_definition
class ReasonType(ParametrizedAttribute, TypeAttribute):
    """`!actor.reason`: why an actor ended (a 64-bit reason word once
    lowered: the runtime's exit reason, and what its error names)."""

    name = "actor.reason"


@irdl_attr_definition
class ExitType(ParametrizedAttribute, TypeAttribute):
    """`!actor.exit`: an exit signal received as a message (`actors.Exit`),
    with fields pid and reason; a struct of two words once lowered."""

    name = "actor.exit"


@irdl_attr_definition
class DownType(ParametrizedAttribute, TypeAttribute):
    """`!actor.down`: what a monitor receives (`actors.Down`), with fields
    pid and reason; a struct of two words once lowered."""

    name = "actor.down"


@irdl_attr_definition
class ChildType(ParametrizedAttribute, TypeAttribute):
    """`!actor.child`: a supervisor's child spec (`actors.child(...)`)."""

    name = "actor.child"


# The message types of exit signals and monitors (`actors.Exit`, `actors.Down`).
SIGNAL_TYPES = (ExitType, DownType)

# Values that are one 64-bit word after py-to-std.
WORD = EqAttrConstraint(IntegerType(64))
# A pid before py-to-std, the 64-bit word it becomes after.
PidValue = base(PidType) | WORD
ReasonValue = base(ReasonType) | WORD
# Exit and Down: the struct {pid, reason} after py-to-std.
SignalValue = base(ExitType) | base(DownType) | base(llvm.LLVMStructType)
ChildValue = base(ChildType) | base(llvm.LLVMStructType)

# The reasons a program can name (`actors.NORMAL`, ...), by their runtime
# codes; the supervisor strategies and restart kinds in the order of theirs.
REASON_CODES = EXIT_REASONS
SIGNAL_FIELDS = ("pid", "reason")
MOST_RESTARTS = 10000  # aithon_supervisor_start's bound


@irdl_op_definition
class SpawnOp(IRDLOperation):
    """Start an actor running `callee(arguments)`; returns its pid.

    `%p = actor.spawn @py.worker(%x) monitored : (!py.int) -> !actor.pid`.
    The arguments are copied into the new actor.  With `monitored`, the
    spawner monitors the new actor, so its result (or its failure) comes
    back to the spawner as a DOWN message: what `actor.await` waits for.
    With `linked`, the two are linked before the new actor runs
    (`actors.spawn_link`).
    """

    name = "actor.spawn"
    arguments = var_operand_def()
    callee = prop_def(SymbolRefAttr)
    monitored = opt_prop_def(UnitAttr)
    linked = opt_prop_def(UnitAttr)
    pid = result_def(PidValue)
    assembly_format = (
        "$callee `(` $arguments `)` (`monitored` $monitored^)? (`linked` $linked^)? attr-dict "
        "`:` functional-type($arguments, $pid)"
    )

    def __init__(self, callee: str | SymbolRefAttr, arguments, monitored: bool = True,
                 linked: bool = False):
        callee = SymbolRefAttr(callee) if isinstance(callee, str) else callee
        properties = {"callee": callee}
        if monitored:
            properties["monitored"] = UnitAttr()
        if linked:
            properties["linked"] = UnitAttr()
        super().__init__(operands=[arguments], result_types=[PidType()], properties=properties)

    def verify_(self) -> None:
        verify_actor_callee(self, self.callee, self.arguments)


def verify_actor_callee(op: IRDLOperation, callee: SymbolRefAttr, arguments) -> None:
    """`callee` names a function that takes `arguments` and returns at most one value."""
    target = SymbolTable.lookup_symbol(op, callee)
    if target is None:
        if op.get_toplevel_object() is op or not isinstance(op.get_toplevel_object(), ModuleOp):
            return  # a lone op: checked once it is in a module
        raise VerifyException(f"{op.name} callee {callee} is not defined")
    if not hasattr(target, "function_type"):
        raise VerifyException(f"{op.name} callee {callee} is not a function")
    if list(target.function_type.inputs.data) != [a.type for a in arguments]:
        raise VerifyException(f"{op.name} arguments do not match {callee}'s parameters")
    if len(target.function_type.outputs.data) > 1:
        raise VerifyException(f"{op.name} callee {callee} returns more than one value")


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


@irdl_op_definition
class LinkOp(IRDLOperation):
    """Link this actor and `pid` both ways: `actor.link %p : !actor.pid`.
    When one ends, the other gets an exit signal with its reason."""

    name = "actor.link"
    pid = operand_def(PidValue)
    assembly_format = "$pid attr-dict `:` type($pid)"

    def __init__(self, pid):
        super().__init__(operands=[pid])


@irdl_op_definition
class UnlinkOp(IRDLOperation):
    """Undo `actor.link`: `actor.unlink %p : !actor.pid`."""

    name = "actor.unlink"
    pid = operand_def(PidValue)
    assembly_format = "$pid attr-dict `:` type($pid)"

    def __init__(self, pid):
        super().__init__(operands=[pid])


@irdl_op_definition
class MonitorOp(IRDLOperation):
    """Watch `pid` one way: `actor.monitor %p : !actor.pid`.  When it ends,
    this actor receives a Down message (`actor.receive as !actor.down`)."""

    name = "actor.monitor"
    pid = operand_def(PidValue)
    assembly_format = "$pid attr-dict `:` type($pid)"

    def __init__(self, pid):
        super().__init__(operands=[pid])


@irdl_op_definition
class TrapExitsOp(IRDLOperation):
    """While `on`, exit signals (but kill) arrive as Exit messages instead of
    ending this actor; gives the previous setting:
    `%was = actor.trap_exits %on : !py.bool`."""

    name = "actor.trap_exits"
    B: ClassVar = VarConstraint("B", AnyAttr())
    on = operand_def(B)  # !py.bool before py-to-std, i1 after
    was = result_def(B)
    assembly_format = "$on attr-dict `:` type($on)"

    def __init__(self, on):
        super().__init__(operands=[on], result_types=[on.type])


@irdl_op_definition
class ExitOp(IRDLOperation):
    """Send `pid` an exit signal: `actor.exit %p, %r : !actor.pid, !actor.reason`."""

    name = "actor.exit"
    pid = operand_def(PidValue)
    reason = operand_def(ReasonValue)
    assembly_format = "$pid `,` $reason attr-dict `:` type($pid) `,` type($reason)"

    def __init__(self, pid, reason):
        super().__init__(operands=[pid, reason])


@irdl_op_definition
class ReasonOp(IRDLOperation):
    """A reason the program names: `%r = actor.reason "shutdown" : !actor.reason`
    (one of normal, kill, killed, shutdown, noproc)."""

    name = "actor.reason"
    reason = prop_def(StringAttr)
    res = result_def(ReasonValue)
    assembly_format = "$reason attr-dict `:` type($res)"

    def __init__(self, reason: str):
        super().__init__(properties={"reason": StringAttr(reason)}, result_types=[ReasonType()])

    def verify_(self) -> None:
        if self.reason.data not in REASON_CODES:
            raise VerifyException(f"unknown reason '{self.reason.data}', expected one of "
                                  f"{', '.join(REASON_CODES)}")

    @property
    def code(self) -> int:
        return REASON_CODES[self.reason.data]


@irdl_op_definition
class SignalFieldOp(IRDLOperation):
    """A field of an Exit or Down message:
    `%p = actor.signal_field %m "pid" : !actor.exit -> !actor.pid`."""

    name = "actor.signal_field"
    signal = operand_def(SignalValue)
    field = prop_def(StringAttr)
    res = result_def()
    assembly_format = "$signal $field attr-dict `:` type($signal) `->` type($res)"

    def __init__(self, signal, field: str):
        result = PidType() if field == "pid" else ReasonType()
        super().__init__(operands=[signal], properties={"field": StringAttr(field)},
                         result_types=[result])

    def verify_(self) -> None:
        if self.field.data not in SIGNAL_FIELDS:
            raise VerifyException(f"an Exit or Down message has fields pid and reason, "
                                  f"not '{self.field.data}'")

    @property
    def position(self) -> int:
        return SIGNAL_FIELDS.index(self.field.data)


@irdl_op_definition
class PrintReasonOp(IRDLOperation):
    """Write a reason to stdout: its text (`str`), or with `repr` Python's
    repr of it (`Reason('normal')`, as inside a printed tuple):
    `actor.print_reason %r repr : !actor.reason`."""

    name = "actor.print_reason"
    reason = operand_def(ReasonValue)
    repr = opt_prop_def(UnitAttr)
    assembly_format = "$reason (`repr` $repr^)? attr-dict `:` type($reason)"

    def __init__(self, reason, repr: bool = False):
        super().__init__(operands=[reason], properties={"repr": UnitAttr()} if repr else {})


@irdl_op_definition
class ChildOp(IRDLOperation):
    """A supervisor's child: run `callee(arguments)`, restarted by `restart`
    (permanent, transient or temporary):
    `%c = actor.child @py.worker(%x) "transient" : (!py.int) -> !actor.child`.
    The arguments are copied into each start of the child."""

    name = "actor.child"
    arguments = var_operand_def()
    callee = prop_def(SymbolRefAttr)
    restart = prop_def(StringAttr)
    spec = result_def(ChildValue)
    assembly_format = ("$callee `(` $arguments `)` $restart attr-dict "
                       "`:` functional-type($arguments, $spec)")

    def __init__(self, callee: str | SymbolRefAttr, arguments, restart: str = "permanent"):
        callee = SymbolRefAttr(callee) if isinstance(callee, str) else callee
        super().__init__(operands=[arguments], result_types=[ChildType()],
                         properties={"callee": callee, "restart": StringAttr(restart)})

    def verify_(self) -> None:
        if self.restart.data not in RESTARTS:
            raise VerifyException(f"unknown restart '{self.restart.data}', expected one of "
                                  f"{', '.join(RESTARTS)}")
        verify_actor_callee(self, self.callee, self.arguments)


@irdl_op_definition
class SupervisorOp(IRDLOperation):
    """Start a supervisor, linked to this actor, that starts `children` in
    order and restarts them by `strategy`, at most `max_restarts` times
    within `within` seconds:
    `%s = actor.supervisor one_for_one(%c0, %c1) max_restarts 3 within 5.0 : !actor.pid`."""

    name = "actor.supervisor"
    children = var_operand_def(ChildValue)
    strategy = prop_def(StringAttr)
    max_restarts = prop_def(IntAttr)
    within = prop_def(FloatAttr)
    pid = result_def(PidValue)

    def __init__(self, children, strategy: str, max_restarts: int, within: float,
                 result_type: Attribute | None = None):
        super().__init__(operands=[list(children)], result_types=[result_type or PidType()],
                         properties={"strategy": StringAttr(strategy),
                                     "max_restarts": IntAttr(max_restarts),
                                     "within": FloatAttr(within, 64)})

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.strategy.data}(")
        printer.print_list(self.children, printer.print_operand)
        printer.print_string(f") max_restarts {self.max_restarts.data} within "
                             f"{self.within.value.data!r}")
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.pid.type)

    @classmethod
    def parse(cls, parser: Parser) -> SupervisorOp:
        strategy = parser.parse_identifier()
        children = parser.parse_comma_separated_list(
            parser.Delimiter.PAREN, parser.parse_unresolved_operand)
        parser.parse_keyword("max_restarts")
        max_restarts = parser.parse_integer(allow_boolean=False, allow_negative=False)
        parser.parse_keyword("within")
        within = parser.parse_float()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        result_type = parser.parse_type()
        op = cls([parser.resolve_operand(c, ChildType()) for c in children], strategy,
                 max_restarts, within, result_type)
        op.attributes.update(attrs)
        return op

    def verify_(self) -> None:
        if self.strategy.data not in STRATEGIES:
            raise VerifyException(f"unknown strategy '{self.strategy.data}', expected one of "
                                  f"{', '.join(STRATEGIES)}")
        if not 0 <= self.max_restarts.data <= MOST_RESTARTS:
            raise VerifyException(f"max_restarts must be in 0..{MOST_RESTARTS}")
        if not self.within.value.data >= 0:
            raise VerifyException("within must be a number of seconds >= 0")


@irdl_op_definition
class ChildPidOp(IRDLOperation):
    """The current pid of a supervisor's child `index` (counted from 0):
    `%p = actor.child_pid %sup[%i] : !actor.pid[!py.int] -> !actor.pid`.  A bad index
    ends this actor with IndexError; a pid that is not a supervisor's with
    ValueError."""

    name = "actor.child_pid"
    supervisor = operand_def(PidValue)
    index = operand_def()  # !py.int before py-to-std, its tagged word after
    pid = result_def(PidValue)
    assembly_format = ("$supervisor `[` $index `]` attr-dict `:` type($supervisor) `[` type($index) `]` "
                       "`->` type($pid)")

    def __init__(self, supervisor, index):
        super().__init__(operands=[supervisor, index], result_types=[PidType()])



Actor = Dialect(
    "actor",
    [SpawnOp, AwaitOp, YieldCheckOp, SelfOp, SendOp, ReceiveOp, LinkOp, UnlinkOp, MonitorOp,
     TrapExitsOp, ExitOp, ReasonOp, SignalFieldOp, PrintReasonOp, ChildOp, SupervisorOp,
     ChildPidOp],
    [PidType, ReasonType, ExitType, DownType, ChildType],
)


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

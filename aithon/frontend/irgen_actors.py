"""Calls of the `aithon.actors` module → `actor` ops (docs/actors.md).

    actors.spawn(f, x)        %p = actor.spawn @py.f(%x) : (...) -> !actor.pid
    actors.spawn_link(f, x)   %p = actor.spawn @py.f(%x) linked : ...
    actors.self()             %me = actor.self : !actor.pid
    actors.send(p, m)         actor.send %p, %m as T : !actor.pid, T
    await actors.receive(T)   %m = actor.receive as T : T
    actors.link(p)            actor.link %p           (unlink, monitor alike)
    actors.trap_exits(on)     %was = actor.trap_exits %on : !py.bool
    actors.exit(p, r)         actor.exit %p, %r : !actor.pid, !actor.reason
    actors.NORMAL             %r = actor.reason "normal" : !actor.reason
    m.pid, m.reason           actor.signal_field %m "pid" (an Exit or Down m)
    actors.supervisor(actors.child(f, x, restart="transient"), strategy=...)
                              %c = actor.child @py.f(%x) "transient" : ...
                              %s = actor.supervisor one_for_one(%c) ...
    actors.child_pid(s, i)    %p = actor.child_pid %s[%i] : ...

Messages are typed statically: a send's type is its value's, a receive's is
the type it names, and the runtime matches the two exactly (selective
receive with the type as the pattern).
"""

from __future__ import annotations

from xdsl.ir import Attribute, SSAValue

from aithon.diagnostics import CompileError, Span
from aithon.dialects import actor, py
from aithon.frontend import ast
from aithon.frontend.scope import ACTOR_TYPES, annotation_type, walk

# Calls whose meaning depends on which actor makes them: only in an async
# function, and a function making them is spawned, never awaited (under
# CPython an awaited coroutine would act for its caller).
OWN_ACTOR_MEMBERS = {"self", "receive", "link", "unlink", "monitor", "trap_exits", "spawn_link",
                     "supervisor"}
SIGNALS = {name: ACTOR_TYPES[name] for name in ("Exit", "Down")}
# actors.NORMAL → "normal", ...: the reasons the dialect knows.
REASONS = {reason.upper(): reason for reason in actor.REASON_CODES}
# The reasons actors.exit() may send (docs/actors.md).
EXIT_REASONS = ("NORMAL", "SHUTDOWN", "KILL")
SUPERVISOR_DEFAULTS = {"strategy": "one_for_one", "max_restarts": 3, "within": 5.0}
SCALAR_MESSAGES = (py.IntType, py.FloatType, py.BoolType, actor.PidType)
MESSAGE_TYPES_TEXT = "int, float, bool, Pid or a tuple of these"


def is_message_type(t: Attribute) -> bool:
    if isinstance(t, py.TupleType):
        return all(is_message_type(e) for e in t.types)
    return isinstance(t, SCALAR_MESSAGES)


class ActorsGen:
    def actors_call(self, member: str, e: ast.Call, awaited: bool) -> SSAValue | None:
        """A call of `aithon.actors.<member>`; None when it gives no value."""
        what = f"actors.{member}()"
        if not hasattr(self, f"_actors_{member}") and member != "receive":
            kind = "a type" if member in ACTOR_TYPES else "not a function"
            raise CompileError(e.span, f"actors.{member} is {kind}: it cannot be called")
        if self.fn.is_module:
            raise CompileError(e.span, f"{what} is only available while actors run: call it "
                               "in main() or what main() starts")
        if member in OWN_ACTOR_MEMBERS and not self.fn.is_async:
            raise CompileError(e.span, f"{what} is only available in an async function")
        if member == "receive":
            if not awaited:
                raise CompileError(e.span, "actors.receive() must be awaited: "
                                   "write 'await actors.receive(T)'")
            return self._receive(e)
        if awaited:
            raise CompileError(e.span, f"{what} does not wait: call it without await")
        return getattr(self, f"_actors_{member}")(e, what)

    def _no_keywords(self, e: ast.Call, what: str) -> None:
        if e.keywords:
            raise CompileError(e.keywords[0].span, f"{what} takes no keyword arguments")

    def _actors_self(self, e: ast.Call, what: str) -> SSAValue:
        self._no_keywords(e, what)
        if e.args:
            raise CompileError(e.span, f"{what} takes no arguments")
        return self.value(actor.SelfOp(), e.span)

    def _actors_spawn(self, e: ast.Call, what: str, linked: bool = False) -> SSAValue:
        self._no_keywords(e, what)
        sig, arguments = self._actor_function(e, what)
        return self.value(actor.SpawnOp(sig.symbol, arguments, monitored=False, linked=linked),
                          e.span)

    def _actors_spawn_link(self, e: ast.Call, what: str) -> SSAValue:
        return self._actors_spawn(e, what, linked=True)

    def _actor_function(self, e: ast.Call, what: str):
        """The async function `e` names first and its typed arguments after."""
        if not e.args:
            raise CompileError(e.span, f"{what} needs the async function to run: "
                               f"{what[:-1]}f, arg, ...)")
        target = e.args[0]
        sig = self.function_named(target.id) if isinstance(target, ast.Name) else None
        if sig is not None and not sig.is_async:
            raise CompileError(target.span, f"'{sig.name}' is not an async function: {what} "
                               "runs an async def as an actor")
        if sig is None:
            raise CompileError(target.span, f"{what} takes an async function defined in this "
                               "module, by name")
        arguments = self.typed_arguments(sig, e.args[1:], e.span)
        self.check_callable_now(e, sig.name)
        return sig, arguments

    def _pid_arguments(self, e: ast.Call, what: str, names: tuple[str, ...]) -> list[SSAValue]:
        """The arguments of a call taking a Pid first; checked by count."""
        self._no_keywords(e, what)
        if len(e.args) != len(names):
            count = len(e.args)
            raise CompileError(e.span, f"{what} takes {len(names)} argument"
                               f"{'s' if len(names) != 1 else ''} ({', '.join(names)}) but "
                               f"{count} {'were' if count != 1 else 'was'} given")
        pid = self.gen_expr(e.args[0])
        if not isinstance(pid.type, actor.PidType):
            raise CompileError(e.args[0].span, f"the first argument of {what} must be a Pid, "
                               f"not {self.type_name(pid.type)}")
        return [pid, *(self.gen_expr(a) for a in e.args[1:])]

    def _actors_link(self, e: ast.Call, what: str) -> None:
        self.emit(actor.LinkOp(*self._pid_arguments(e, what, ("pid",))), e.span)

    def _actors_unlink(self, e: ast.Call, what: str) -> None:
        self.emit(actor.UnlinkOp(*self._pid_arguments(e, what, ("pid",))), e.span)

    def _actors_monitor(self, e: ast.Call, what: str) -> None:
        self.emit(actor.MonitorOp(*self._pid_arguments(e, what, ("pid",))), e.span)

    def _actors_trap_exits(self, e: ast.Call, what: str) -> SSAValue:
        self._no_keywords(e, what)
        if len(e.args) != 1:
            raise CompileError(e.span, f"{what} takes 1 argument (on: bool)")
        on = self.gen_expr(e.args[0])
        if on.type != py.BOOL:
            raise CompileError(e.args[0].span, f"{what} takes a bool, not "
                               f"{self.type_name(on.type)}")
        return self.value(actor.TrapExitsOp(on), e.span)

    def _actors_exit(self, e: ast.Call, what: str) -> None:
        if len(e.args) == 2 and self.imports.actors_member(e.args[1]) not in EXIT_REASONS:
            raise CompileError(e.args[1].span, f"the reason of {what} is actors.NORMAL, "
                               "actors.SHUTDOWN or actors.KILL, written as such")
        pid, reason = self._pid_arguments(e, what, ("pid", "reason"))  # the reason: actor.reason
        self.emit(actor.ExitOp(pid, reason), e.span)

    def _actors_child_pid(self, e: ast.Call, what: str) -> SSAValue:
        supervisor, index = self._pid_arguments(e, what, ("supervisor", "index"))
        index = self.as_int(index, e.args[1], f"the index of {what}")
        return self.value(actor.ChildPidOp(supervisor, index), e.span)

    def _actors_child(self, e: ast.Call, what: str) -> SSAValue:
        raise CompileError(e.span, f"{what} is only supported as an argument of "
                           "actors.supervisor(), written there")

    def _actors_supervisor(self, e: ast.Call, what: str) -> SSAValue:
        children = [self._child(node) for node in e.args]
        options = dict(SUPERVISOR_DEFAULTS)
        for keyword in e.keywords:
            if keyword.name not in options:
                raise CompileError(keyword.span, f"{what} has no keyword '{keyword.name}' (it "
                                   "takes strategy=, max_restarts= and within=)")
            options[keyword.name] = self._supervisor_option(keyword)
        return self.value(actor.SupervisorOp(children, options["strategy"],
                                             options["max_restarts"], options["within"]), e.span)

    def _child(self, node: ast.Expr) -> SSAValue:
        if not (isinstance(node, ast.Call) and self.imports.actors_member(node.func) == "child"):
            raise CompileError(node.span, "the arguments of actors.supervisor() are "
                               "actors.child(f, arg, ...) calls, written there")
        restart = "permanent"
        for keyword in node.keywords:
            if keyword.name != "restart":
                raise CompileError(keyword.span, f"actors.child() has no keyword "
                                   f"'{keyword.name}' (it takes restart=)")
            restart = self._choice(keyword.value, actor.RESTARTS, "restart=")
        sig, arguments = self._actor_function(node, "actors.child()")
        return self.value(actor.ChildOp(sig.symbol, arguments, restart), node.span)

    def _supervisor_option(self, keyword: ast.Keyword):
        """A supervisor option: a literal, so that it is checked here."""
        value = keyword.value
        if keyword.name == "strategy":
            return self._choice(value, actor.STRATEGIES, "strategy=")
        if keyword.name == "max_restarts":
            count = self._constant_int(value)
            if count is None or not 0 <= count <= actor.MOST_RESTARTS:
                raise CompileError(value.span, "max_restarts= takes an int literal from 0 to "
                                   f"{actor.MOST_RESTARTS}")
            return count
        seconds = value.value if isinstance(value, (ast.IntLit, ast.FloatLit)) else None
        if seconds is None or not seconds >= 0:
            raise CompileError(value.span, "within= takes a number of seconds >= 0, as a literal")
        return float(seconds)

    @staticmethod
    def _choice(node: ast.Expr, choices: tuple[str, ...], what: str) -> str:
        if not isinstance(node, ast.StrLit) or node.value not in choices:
            raise CompileError(node.span, f"{what} is one of "
                               f"{', '.join(repr(c) for c in choices)}, written as a string literal")
        return node.value

    def _actors_send(self, e: ast.Call, what: str) -> None:
        pid, message = self._pid_arguments(e, what, ("pid", "message"))
        if not is_message_type(message.type):
            raise CompileError(e.args[1].span, f"a message is an {MESSAGE_TYPES_TEXT}, not "
                               f"{self.type_name(message.type)}")
        self.emit(actor.SendOp(pid, message), e.span)
        return None

    def _receive(self, e: ast.Call) -> SSAValue:
        if len(e.args) != 1:
            raise CompileError(e.span, "actors.receive() takes the type of message to receive: "
                               "actors.receive(int), actors.receive(tuple[int, Pid]), ...")
        message_type = self._message_type(e.args[0])
        timeout = default = None
        for keyword in e.keywords:
            if keyword.name == "timeout":
                timeout = self._timeout(keyword.value)
            elif keyword.name == "default":
                if isinstance(message_type, actor.SIGNAL_TYPES):
                    raise CompileError(keyword.span, "default= is not supported when receiving "
                                       f"{self.type_name(message_type)} messages yet")
                default = self.gen_expr(keyword.value)
                if default.type != message_type:
                    raise CompileError(keyword.value.span, f"the default must be "
                                       f"{self.article(message_type)}, the type received, not "
                                       f"{self.type_name(default.type)}")
            else:
                raise CompileError(keyword.span, f"actors.receive() has no keyword '{keyword.name}' "
                                   "(it takes timeout= and default=)")
        if default is not None and timeout is None:
            raise CompileError(e.span, "actors.receive() uses default= only with a timeout=")

        return self.value(actor.ReceiveOp(message_type, timeout, default), e.span)

    def _message_type(self, node: ast.Expr) -> Attribute:
        member = self.imports.actors_member(node)
        if member in SIGNALS:
            return SIGNALS[member]()
        try:
            message_type = annotation_type(node, "a message", self.imports)
        except CompileError:
            raise CompileError(node.span, f"actors.receive() needs a message type: "
                               f"{MESSAGE_TYPES_TEXT}") from None
        if not is_message_type(message_type):
            raise CompileError(node.span, f"a message is an {MESSAGE_TYPES_TEXT}, not "
                               f"{self.type_name(message_type)}")
        return message_type

    def _timeout(self, node: ast.Expr) -> SSAValue | None:
        """Seconds as a float; `timeout=None` waits forever."""
        if isinstance(node, ast.NoneLit):
            return None
        seconds = self.gen_expr(node)
        if seconds.type not in (py.INT, py.FLOAT):
            raise CompileError(node.span, "timeout= takes a number of seconds (int or float), not "
                               f"{self.type_name(seconds.type)}")
        return self.promote(seconds, node.span)

    def check_awaitable(self, name: str, span: Span) -> None:
        """Under CPython an awaited coroutine runs in the caller's task and
        reads the caller's mailbox, where compiled code would give it its own:
        refuse the await of a function that uses one."""
        uses = sorted({self.module_imports.actors_member(n.func) for n in walk(self.signatures[name].node)
                       if isinstance(n, ast.Call)} & OWN_ACTOR_MEMBERS)
        if uses:
            raise CompileError(span, f"'{name}' uses actors.{uses[0]}(), so it must run as its "
                               f"own actor: start it with actors.spawn({name}, ...) (an await "
                               "would run it as this actor under CPython)")

    # ---- values of the module: reasons, and the fields of Exit and Down ----
    def actors_value(self, member: str, node: ast.Expr) -> SSAValue:
        """`actors.NORMAL` and the other reasons; other members are not values."""
        if member in REASONS:
            return self.value(actor.ReasonOp(REASONS[member]), node.span)
        if member in ACTOR_TYPES:
            raise CompileError(node.span, f"actors.{member} is a type: it is only supported in "
                               "annotations and receive() yet")
        raise CompileError(node.span, f"actors.{member} is only supported in a call")

    def signal_field(self, signal: SSAValue, e: ast.Attribute) -> SSAValue:
        if e.attr not in actor.SIGNAL_FIELDS:
            raise CompileError(e.span, f"{self.article(signal.type)} message has the fields pid "
                               f"and reason, not '{e.attr}'")
        return self.signal_field_value(signal, e.attr, e.span)

    def print_actor_value(self, v: SSAValue, span: Span, repr: bool) -> bool:
        """Print a reason, Exit or Down as Python does; False for other values."""
        if isinstance(v.type, actor.ReasonType):
            self.emit(actor.PrintReasonOp(v, repr), span)
            return True
        if isinstance(v.type, actor.SIGNAL_TYPES):
            self.emit(py.PrintStrOp(f"{self.type_name(v.type)}(pid="), span)
            self.emit(py.PrintOp(self.signal_field_value(v, "pid", span)), span)
            self.emit(py.PrintStrOp(", reason="), span)
            self.emit(actor.PrintReasonOp(self.signal_field_value(v, "reason", span), True), span)
            self.emit(py.PrintStrOp(")"), span)
            return True
        return False

    def signal_field_value(self, signal: SSAValue, field: str, span: Span) -> SSAValue:
        return self.value(actor.SignalFieldOp(signal, field), span)

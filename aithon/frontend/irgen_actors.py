"""Calls of the `aithon.actors` module → `actor` ops (docs/actors.md).

    actors.spawn(f, x)        %p = actor.spawn @py.f(%x) : (...) -> !actor.pid
    actors.self()             %me = actor.self : !actor.pid
    actors.send(p, m)         actor.send %p, %m as T : !actor.pid, T
    await actors.receive(T)   %m = actor.receive as T : T

Messages are typed statically: a send's type is its value's, a receive's is
the type it names, and the runtime matches the two exactly (selective
receive with the type as the pattern).  The module's other functions run
under CPython (aithon/actors.py) and are refused here by name until the
compiler has them.
"""

from __future__ import annotations

from xdsl.ir import Attribute, SSAValue

from aithon.diagnostics import CompileError, Span
from aithon.dialects import actor, py
from aithon.frontend import ast
from aithon.frontend.scope import annotation_type, walk

COMPILED_MEMBERS = {"spawn", "self", "send", "receive"}
MAILBOX_MEMBERS = {"self", "receive"}
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
        if member not in COMPILED_MEMBERS:
            raise CompileError(e.span, f"{what} is not supported by the compiler yet "
                               "(a program using it runs under CPython only)")
        if self.fn.is_module:
            raise CompileError(e.span, f"{what} is only available while actors run: call it "
                               "in main() or what main() starts")
        if member in MAILBOX_MEMBERS and not self.fn.is_async:
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

    def _actors_spawn(self, e: ast.Call, what: str) -> SSAValue:
        self._no_keywords(e, what)
        if not e.args:
            raise CompileError(e.span, f"{what} needs the async function to run: "
                               "actors.spawn(f, arg, ...)")
        target = e.args[0]
        sig = self.signatures.get(target.id) if isinstance(target, ast.Name) else None
        if sig is not None and not sig.is_async:
            raise CompileError(target.span, f"'{sig.name}' is not an async function: {what} "
                               "runs an async def as an actor")
        if sig is None:
            raise CompileError(target.span, f"{what} takes an async function defined in this "
                               "module, by name")
        arguments = self.typed_arguments(sig, e.args[1:], e.span)
        self.check_callable_now(e, sig.name)
        return self.value(actor.SpawnOp(sig.symbol, arguments, monitored=False), e.span)

    def _actors_send(self, e: ast.Call, what: str) -> None:
        self._no_keywords(e, what)
        if len(e.args) != 2:
            raise CompileError(e.span, f"{what} takes 2 arguments (pid, message) but "
                               f"{len(e.args)} {'were' if len(e.args) != 1 else 'was'} given")
        pid = self.gen_expr(e.args[0])
        if not isinstance(pid.type, actor.PidType):
            raise CompileError(e.args[0].span, f"the first argument of {what} must be a Pid, "
                               f"not {self.type_name(pid.type)}")
        message = self.gen_expr(e.args[1])
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
        if member in ("Exit", "Down"):
            raise CompileError(node.span, f"receiving actors.{member} is not supported by the "
                               "compiler yet (a program using it runs under CPython only)")
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
        if seconds.type == py.BOOL or seconds.type not in (py.INT, py.FLOAT):
            raise CompileError(node.span, "timeout= takes a number of seconds (int or float), not "
                               f"{self.type_name(seconds.type)}")
        return self.promote(seconds, node.span)

    def check_awaitable(self, name: str, span: Span) -> None:
        """Under CPython an awaited coroutine runs in the caller's task and
        reads the caller's mailbox, where compiled code would give it its own:
        refuse the await of a function that uses one."""
        uses = sorted({self.imports.actors_member(n.func) for n in walk(self.signatures[name].node)
                       if isinstance(n, ast.Call)} & MAILBOX_MEMBERS)
        if uses:
            raise CompileError(span, f"'{name}' uses actors.{uses[0]}(), so it must run as its "
                               f"own actor: start it with actors.spawn({name}, ...) (an await "
                               "would share this actor's mailbox under CPython)")

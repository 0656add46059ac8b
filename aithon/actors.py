"""The `aithon.actors` module on asyncio (docs/actors.md).

Compiled programs get this API from the native runtime; this pure-Python copy
lets the same program run under CPython, for debugging and differential tests.
Each actor is an asyncio Task with its own mailbox. Links, monitors, exit
signals and supervisors follow the compiled runtime (docs/runtime-abi.md).
Only the standard library is used, since CPython programs import it directly.

The module defines `self` and `exit`, shadowing builtins here: internal code
uses neither builtin, and methods name their first parameter `self` as usual.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import itertools
import sys
import time
import typing
import weakref
from collections import deque
from typing import NamedTuple

__all__ = [
    "Pid", "spawn", "spawn_link", "self", "send", "receive", "link", "unlink",
    "monitor", "trap_exits", "exit", "Exit", "Down", "Reason", "NORMAL",
    "KILL", "KILLED", "SHUTDOWN", "NOPROC", "child", "supervisor", "child_pid",
]


# --- Reasons -----------------------------------------------------------------

def _exception_text(e: BaseException) -> str:
    """The last line CPython prints for an uncaught `e`."""
    kind = type(e)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    message = str(e)
    return f"{name}: {message}" if message else name


class Reason:
    """Why an actor ended. Compared by text, because that is all the compiled
    runtime has; a reason made from an exception keeps it in `exception`."""

    __slots__ = ("text", "exception")

    def __init__(self, text: str, exception: BaseException | None = None):
        self.text = text
        self.exception = exception

    @classmethod
    def of(cls, e: BaseException) -> Reason:
        return cls(_exception_text(e), e)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Reason({self.text!r})"

    def __eq__(self, other: object) -> bool:
        return self.text == other.text if isinstance(other, Reason) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.text)


NORMAL = Reason("normal")
KILL = Reason("kill")
KILLED = Reason("killed")
SHUTDOWN = Reason("shutdown")
NOPROC = Reason("noproc")
_RESTART_LIMIT = Reason("supervisor: restart intensity exceeded")
# Ends that are not failures: never reported on stderr (docs/runtime-abi.md).
_QUIET = (NORMAL, SHUTDOWN, KILLED)


# --- Pids, actors and the current actor --------------------------------------

_numbers = itertools.count(1)


class Pid:
    """An actor's identity: equal and hashed by number, printed `<Pid N>`.
    It keeps its actor, so a send needs no lookup; a dead actor drops it."""

    __slots__ = ("_n", "_actor")

    def __init__(self, n: int, actor: _Actor):
        self._n = n
        self._actor = actor

    def __eq__(self, other: object) -> bool:
        return self._n == other._n if isinstance(other, Pid) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._n)

    def __repr__(self) -> str:
        return f"<Pid {self._n}>"


class Exit(NamedTuple):
    """An exit signal received as a message while trapping exits."""
    pid: Pid
    reason: Reason


class Down(NamedTuple):
    """What a monitor receives when the watched actor ends."""
    pid: Pid
    reason: Reason


class _Ended(BaseException):
    """Ends the running actor at once with `reason` (a signal it sent to
    itself, or a supervisor giving up). A BaseException, so user code's
    `except Exception` does not swallow it."""

    def __init__(self, reason: Reason):
        super().__init__(reason.text)
        self.reason = reason


class _Actor:
    """An actor's state. `pending` is the reason of an exit signal that is
    ending it; `reason` is set once it has ended."""

    __slots__ = ("pid", "task", "mailbox", "waiter", "links", "monitors",
                 "trap", "pending", "reason", "is_main", "sup")

    def __init__(self, task: asyncio.Task | None = None, is_main: bool = False):
        self.pid = Pid(next(_numbers), self)
        self.task = task
        self.mailbox: deque = deque()
        self.waiter: asyncio.Future | None = None
        self.links: set[_Actor] = set()
        self.monitors: list[_Actor] = []
        self.trap = False
        self.pending: Reason | None = None
        self.reason: Reason | None = None
        self.is_main = is_main
        self.sup: _Supervisor | None = None

    @property
    def alive(self) -> bool:
        return self.reason is None and not (self.task is not None and self.task.done())


_CURRENT: contextvars.ContextVar[_Actor] = contextvars.ContextVar("aithon_actor")
# The task of asyncio.run has no wrapper to set _CURRENT: find it by task.
_mains: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _running(register: bool = False) -> _Actor | None:
    """The running actor, or None; with `register`, the task of asyncio.run
    becomes the main actor on its first call."""
    actor = _CURRENT.get(None)
    if actor is not None:
        return actor
    try:
        task = asyncio.current_task()
    except RuntimeError:  # no running event loop
        task = None
    if task is None or not register:
        return _mains.get(task) if task is not None else None
    if task not in _mains:
        _mains[task] = _Actor(task, is_main=True)
    return _mains[task]


def _current() -> _Actor:
    actor = _running(register=True)
    if actor is None:
        raise RuntimeError("aithon.actors: call this inside an actor (under asyncio.run)")
    return actor


def _check_fn(api: str, fn: object) -> None:
    if not inspect.iscoroutinefunction(fn):
        raise TypeError(f"actors.{api}: the function must be an async def, not {fn!r}")


def _check_pid(api: str, pid: object) -> None:
    if type(pid) is not Pid:
        raise TypeError(f"actors.{api}: expected a Pid, not {type(pid).__name__}")


# --- Life and death of an actor ----------------------------------------------

def _start(fn, args: tuple, link: _Actor | None = None, trap: bool = False) -> _Actor:
    """Creates an actor running fn(*args); linked before it can run, so it
    cannot end before the link (spawn_link)."""
    actor = _Actor()
    actor.trap = trap
    if link is not None:
        actor.links.add(link)
        link.links.add(actor)
    actor.task = asyncio.get_running_loop().create_task(_run(actor, fn, args))
    # A task cancelled before its first step never enters _run: end it here.
    actor.task.add_done_callback(lambda _: _finish(actor, actor.pending or KILLED))
    return actor


async def _run(actor: _Actor, fn, args: tuple) -> None:
    _CURRENT.set(actor)
    try:
        await fn(*args)
        reason = NORMAL
    except _Ended as e:
        reason = e.reason
    except asyncio.CancelledError:
        reason = KILLED  # a signal set `pending`; else asyncio.run is shutting down
    except Exception as e:
        reason = Reason.of(e)
    _finish(actor, actor.pending or reason)


def _report(line: str) -> None:
    """A line on stderr, after stdout so the two interleave as printed."""
    sys.stdout.flush()
    print(line, file=sys.stderr, flush=True)


def _finish(actor: _Actor, reason: Reason) -> None:
    """Records the end and tells links and monitors; idempotent."""
    if actor.reason is not None:
        return
    actor.reason = reason
    actor.mailbox.clear()
    # A link to a partner that already ended still counts as watching.
    if reason not in _QUIET and not actor.links and not actor.monitors:
        _report(f"actor {actor.pid} failed: {reason}")
    links, actor.links = actor.links, set()
    for other in links:
        _signal(other, actor.pid, reason)
    monitors, actor.monitors = actor.monitors, []
    for watcher in monitors:
        _deliver(watcher, Down(actor.pid, reason))


def _deliver(target: _Actor, msg) -> None:
    if target.alive:
        target.mailbox.append(msg)
        _wake(target, None)


def _wake(actor: _Actor, why) -> None:
    if actor.waiter is not None and not actor.waiter.done():
        actor.waiter.set_result(why)


def _signal(target: _Actor, sender: Pid, reason: Reason) -> None:
    """An exit signal, acted on as the compiled runtime does."""
    if not target.alive:
        return
    if reason == KILL:
        _kill(target, KILLED)
    elif target.trap:
        _deliver(target, Exit(sender, reason))
    elif reason != NORMAL:
        _kill(target, reason)


def _kill(target: _Actor, reason: Reason) -> None:
    """Ends `target` with `reason`: cancels its task, or raises at once when
    it is the running actor (it would not await again before returning)."""
    if target.pending is not None:
        return
    target.pending = reason
    if target.is_main:
        _doom_main(reason)
    if target is _running():
        raise _Ended(reason)
    target.task.cancel(reason.text)


# The main actor has no wrapper: it ends by cancellation (or _Ended), which
# escapes asyncio.run as an uncaught exception, so the process exits with
# status 1. An excepthook, installed only then, replaces the traceback by the
# reason's text, the one line the compiled runtime prints. This works wherever
# main was suspended, unlike re-raising an exception inside the main task.
_main_reason: Reason | None = None
_previous_hook = sys.excepthook


def _doom_main(reason: Reason) -> None:
    global _main_reason, _previous_hook
    _main_reason = reason
    if sys.excepthook is not _excepthook:
        _previous_hook = sys.excepthook
        sys.excepthook = _excepthook


def _excepthook(kind, value, tb) -> None:
    if isinstance(value, _Ended):
        reason = value.reason
    elif isinstance(value, asyncio.CancelledError) and _main_reason is not None:
        reason = _main_reason
    else:
        _previous_hook(kind, value, tb)
        return
    _report(reason.text)


# --- Messages ----------------------------------------------------------------

_SCALARS = (int, float, bool, Pid)


def _check_message(value) -> None:
    kind = type(value)
    if kind is tuple:
        for item in value:
            _check_message(item)
    elif kind not in _SCALARS:
        raise TypeError("actors.send: a message is an int, float, bool, Pid or "
                        f"a tuple of these, not {kind.__name__}")


def _pattern(T, top: bool = True):
    """A predicate matching messages of exactly type T (selective receive)."""
    if any(T is t for t in _SCALARS) or (top and (T is Exit or T is Down)):
        return lambda m: type(m) is T
    if typing.get_origin(T) is tuple:
        parts = [_pattern(a, top=False) for a in typing.get_args(T)]
        n = len(parts)
        return lambda m: (type(m) is tuple and len(m) == n
                          and all(p(x) for p, x in zip(parts, m)))
    raise TypeError(f"actors.receive: cannot receive {T!r}: the type is int, float, "
                    "bool, Pid, tuple[...] of these, Exit or Down")


_TIMED_OUT = object()
_NO_DEFAULT = object()


async def _take(me: _Actor, match, timeout: float | None):
    """Removes and returns the oldest message that `match`es, waiting up to
    `timeout` seconds (None: for ever); _TIMED_OUT when none came."""
    loop = asyncio.get_running_loop()
    timer = None
    expired = False
    try:
        while True:
            for i, msg in enumerate(me.mailbox):
                if match(msg):
                    del me.mailbox[i]
                    return msg
            if expired or timeout == 0:
                return _TIMED_OUT
            me.waiter = loop.create_future()
            if timeout is not None and timer is None:
                timer = loop.call_later(timeout, _wake, me, _TIMED_OUT)
            expired = await me.waiter is _TIMED_OUT
    finally:
        me.waiter = None
        if timer is not None:
            timer.cancel()


# --- The public API ----------------------------------------------------------

def spawn(fn, *args) -> Pid:
    """Starts fn(*args) as a new, unwatched actor."""
    _check_fn("spawn", fn)
    _current()
    return _start(fn, args).pid


def spawn_link(fn, *args) -> Pid:
    """Starts fn(*args) as a new actor linked to the caller."""
    _check_fn("spawn_link", fn)
    return _start(fn, args, link=_current()).pid


def self() -> Pid:
    """The running actor's pid."""
    return _current().pid


def send(pid: Pid, msg) -> None:
    """Queues msg for pid; dropped if pid has ended. Never blocks."""
    _check_pid("send", pid)
    _check_message(msg)
    _deliver(pid._actor, msg)


async def receive(T, timeout: float | None = None, default=_NO_DEFAULT):
    """The oldest message of exactly type T; others stay queued, in order."""
    match = _pattern(T)
    if timeout is not None:
        if type(timeout) not in (int, float):
            raise TypeError(f"actors.receive: timeout is an int or float, not {type(timeout).__name__}")
        if not timeout > 0:
            timeout = 0  # negative or NaN: only look, as compiled code does
    if default is not _NO_DEFAULT and not match(default):
        raise TypeError(f"actors.receive: the default must have type {T!r}")
    msg = await _take(_current(), match, timeout)
    if msg is not _TIMED_OUT:
        return msg
    if default is not _NO_DEFAULT:
        return default
    raise TimeoutError("receive() timed out")


def link(pid: Pid) -> None:
    """Links the caller and pid both ways (NOPROC signal if pid is gone)."""
    _check_pid("link", pid)
    me, other = _current(), pid._actor
    if other is me:
        return
    if not other.alive:
        _signal(me, pid, NOPROC)
        return
    me.links.add(other)
    other.links.add(me)


def _unlink(me: _Actor, other: _Actor) -> None:
    """After an unlink nothing sent over the link applies, as in the compiled
    runtime: an Exit from `other` still queued is dropped too."""
    me.links.discard(other)
    other.links.discard(me)
    kept = [m for m in me.mailbox if not (type(m) is Exit and m.pid == other.pid)]
    me.mailbox.clear()
    me.mailbox.extend(kept)


def unlink(pid: Pid) -> None:
    """Removes the link between the caller and pid, if any."""
    _check_pid("unlink", pid)
    _unlink(_current(), pid._actor)


def _monitor(watcher: _Actor, target: _Actor) -> None:
    if target.alive:
        target.monitors.append(watcher)
    else:
        _deliver(watcher, Down(target.pid, NOPROC))


def monitor(pid: Pid) -> None:
    """The caller will receive Down(pid, reason) when pid ends."""
    _check_pid("monitor", pid)
    _monitor(_current(), pid._actor)


def trap_exits(on: bool) -> bool:
    """While on, exit signals (but KILL) arrive as Exit messages; returns the
    previous setting."""
    if type(on) is not bool:
        raise TypeError(f"actors.trap_exits: expected a bool, not {type(on).__name__}")
    me = _current()
    previous, me.trap = me.trap, on
    return previous


def exit(pid: Pid, reason: Reason) -> None:
    """Sends pid an exit signal with reason (KILL cannot be trapped)."""
    _check_pid("exit", pid)
    if not isinstance(reason, Reason):
        raise TypeError(f"actors.exit: the reason is a Reason, not {type(reason).__name__}")
    _signal(pid._actor, _current().pid, reason)


# --- Supervisors -------------------------------------------------------------

_RESTARTS = ("permanent", "transient", "temporary")
_STRATEGIES = ("one_for_one", "one_for_all")


class _ChildSpec(NamedTuple):
    fn: typing.Any
    args: tuple
    restart: str


def child(fn, *args, restart: str = "permanent") -> _ChildSpec:
    """Describes a supervised child: fn(*args) and when to restart it."""
    _check_fn("child", fn)
    if restart not in _RESTARTS:
        raise ValueError(f"actors.child: restart is one of {', '.join(_RESTARTS)}, not {restart!r}")
    return _ChildSpec(fn, args, restart)


class _Supervisor:
    """A supervisor's state, kept on its actor so that child_pid can read it
    synchronously; `run` is the supervisor actor's body."""

    def __init__(self, parent: Pid, specs: tuple, strategy: str,
                 max_restarts: int, within: float):
        self.actor: _Actor = None  # set by supervisor() once spawned
        self.parent = parent
        self.specs = specs
        self.strategy = strategy
        self.max_restarts = max_restarts
        self.within = within
        self.pids: list[Pid | None] = [None] * len(specs)
        self.running = [False] * len(specs)
        self.restarts: deque = deque()  # time.monotonic() of recent restarts

    def start(self, i: int) -> None:
        spec = self.specs[i]
        self.pids[i] = _start(spec.fn, spec.args, link=self.actor).pid
        self.running[i] = True

    def index_of(self, pid: Pid) -> int | None:
        for i, p in enumerate(self.pids):
            if self.running[i] and p == pid:
                return i
        return None

    def may_restart(self) -> bool:
        """Counts a restart, unless max_restarts happened within `within`."""
        now = time.monotonic()
        while self.restarts and self.restarts[0] <= now - self.within:
            self.restarts.popleft()
        if len(self.restarts) >= self.max_restarts:
            return False
        self.restarts.append(now)
        return True

    async def stop(self, i: int) -> None:
        """SHUTDOWN, then KILL after 1 s; waits for the child's end."""
        me, pid = self.actor, self.pids[i]
        self.running[i] = False
        _unlink(me, pid._actor)
        _monitor(me, pid._actor)
        _signal(pid._actor, me.pid, SHUTDOWN)
        is_down = lambda m: type(m) is Down and m.pid == pid  # noqa: E731
        if await _take(me, is_down, 1.0) is _TIMED_OUT:
            _signal(pid._actor, me.pid, KILL)
            await _take(me, is_down, None)

    async def stop_all(self) -> None:
        for i in reversed(range(len(self.specs))):
            if self.running[i]:
                await self.stop(i)

    async def child_ended(self, i: int, reason: Reason) -> None:
        self.running[i] = False
        restart = self.specs[i].restart
        if restart == "temporary" or (restart == "transient" and reason in (NORMAL, SHUTDOWN)):
            return
        if reason not in (NORMAL, SHUTDOWN):
            _report(f"supervisor {self.actor.pid}: child {i} failed: {reason}")
        if not self.may_restart():
            await self.stop_all()
            raise _Ended(_RESTART_LIMIT)
        if self.strategy == "one_for_one":
            self.start(i)
            return
        others = [j for j in range(len(self.specs)) if self.running[j]]
        for j in reversed(others):
            await self.stop(j)
        for j in range(len(self.specs)):
            if j == i or (j in others and self.specs[j].restart != "temporary"):
                self.start(j)

    async def run(self) -> None:
        me = self.actor
        while True:
            exits = [m for m in me.mailbox if type(m) is Exit]  # drop the rest
            me.mailbox.clear()
            me.mailbox.extend(exits)
            signal = await _take(me, lambda m: type(m) is Exit, None)
            if signal.pid == self.parent:
                await self.stop_all()
                raise _Ended(SHUTDOWN if signal.reason == NORMAL else signal.reason)
            i = self.index_of(signal.pid)
            if i is not None:
                await self.child_ended(i, signal.reason)


def supervisor(*children: _ChildSpec, strategy: str = "one_for_one",
               max_restarts: int = 3, within: float = 5.0) -> Pid:
    """Starts a supervisor linked to the caller; its children are started
    before this returns, so child_pid works at once."""
    for spec in children:
        if type(spec) is not _ChildSpec:
            raise TypeError(f"actors.supervisor: children are made by actors.child, not {spec!r}")
    if strategy not in _STRATEGIES:
        raise ValueError(f"actors.supervisor: strategy is one of {', '.join(_STRATEGIES)}, not {strategy!r}")
    if type(max_restarts) is not int or max_restarts < 0:
        raise ValueError(f"actors.supervisor: max_restarts must be an int >= 0, not {max_restarts!r}")
    if type(within) not in (int, float) or not within >= 0:
        raise ValueError(f"actors.supervisor: within must be a number >= 0, not {within!r}")
    me = _current()
    state = _Supervisor(me.pid, children, strategy, max_restarts, float(within))
    state.actor = _start(state.run, (), link=me, trap=True)
    state.actor.sup = state
    for i in range(len(children)):
        state.start(i)
    return state.actor.pid


def child_pid(sup: Pid, index: int) -> Pid:
    """The current pid of child `index` (its last one if it is not running)."""
    _check_pid("child_pid", sup)
    state = sup._actor.sup
    if state is None:  # the compiled runtime's messages (errors 19 and 20)
        raise ValueError("child_pid() needs a supervisor's pid")
    if type(index) is not int:
        raise TypeError(f"child_pid() index must be an int, not {type(index).__name__}")
    if not 0 <= index < len(state.pids):
        raise IndexError("child_pid() index out of range")
    return state.pids[index]

"""`py-tail-recursion`: self-calls in tail position become a loop.

A function that ends a path with `return f(...)`, calling itself, jumps back
to its start instead.  When the path ends with `return x + f(...)` or
`return x * f(...)` on ints (either operand order), the pending operation
moves into an accumulator carried around the loop, the way LLVM's
tail-recursion elimination treats C: `fib(n - 1) + fib(n - 2)` keeps one
real call and loops for the other.

    func @f(%n) {                       func @f(%n) {
      <allocas>                           <allocas>
      ...                                 %zero = py.int 0
      %c = call @f(%m)                    cf.br ^loop(%n, %zero)
      %r = py.add %x, %c       ==>      ^loop(%n2, %acc):
      return %r                           ...                  (uses of %n are %n2)
    ^other:                               %acc2 = py.add %acc, %x
      return %v                           cf.br ^loop(%m, %acc2)
    }                                   ^other:
                                          %r = py.add %acc, %v
                                          return %r
                                        }

Why this is exact Python: int `+` and `*` are associative and commutative
and never raise, so adding the pending terms as they are produced rather
than as the calls return gives the same int.  Every call and every operand
is still evaluated in the original order: the pattern only matches when
nothing observable runs between the self-call and the operation (constants
and reads of locals may), so whatever else `x` needed was computed before.  Floats round, so they get plain tail calls only.  The
locals' slots are reused by the next iteration; irgen's definite-assignment
check already guarantees that no call reads a slot before writing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import cf, func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, SSAValue
from xdsl.passes import ModulePass
from xdsl.traits import Pure

from aithon.dialects import py

IDENTITY = {py.AddOp: 0, py.MulOp: 1}


@dataclass(frozen=True)
class TailSite:
    """A path that ends `return [x <op>] f(args)`."""

    call: func.CallOp
    combine: py.AddOp | py.MulOp | None  # the pending operation, if any
    ret: func.ReturnOp

    @property
    def other(self) -> SSAValue:
        """The pending operation's operand that is not the call (read when
        needed: splitting the entry block renames the parameters)."""
        result = self.call.results[0]
        return self.combine.rhs if self.combine.lhs is result else self.combine.lhs


def tail_site(ret: func.ReturnOp, name: str) -> TailSite | None:
    """The tail self-call that `ret` ends, if it ends one."""
    if len(ret.arguments) != 1:
        return None
    call = ret.prev_op
    if isinstance(call, func.CallOp) and call.callee.string_value() == name \
            and call.results[0] is ret.arguments[0] and call.results[0].has_one_use():
        return TailSite(call, None, ret)
    combine = call
    if not isinstance(combine, tuple(IDENTITY)) or combine.result is not ret.arguments[0] \
            or combine.result.type != py.INT or not combine.result.has_one_use():
        return None
    call = combine.prev_op
    while call is not None and unobservable(call):
        call = call.prev_op
    if not (isinstance(call, func.CallOp) and call.callee.string_value() == name):
        return None
    result = call.results[0]
    if not result.has_one_use() or result not in (combine.lhs, combine.rhs):
        return None
    return TailSite(call, combine, ret)


def unobservable(op) -> bool:
    """Whether `op` may run before the self-call instead of after it: a pure
    op (a constant, `py.bool_to_int`, ...) or a read of a local variable,
    which the callee, with its own frame, cannot have changed.  So
    `return f(n - 1) + n` and `return f(n - 1) + 1` are sites too.  (An op
    here that used the call's result would give it a second use: refused.)"""
    if isinstance(op, py.LoadOp):
        return isinstance(op.ref.owner, py.AllocaOp)
    return op.has_trait(Pure) and not isinstance(op, func.CallOp)


def returns(function: func.FuncOp) -> list[func.ReturnOp]:
    return [op for block in function.body.blocks for op in block.ops if isinstance(op, func.ReturnOp)]


def eliminate_tail_calls(function: func.FuncOp) -> None:
    """Rewrite `function`'s tail self-calls into a loop."""
    if function.is_declaration or py.ASYNC_ATTR in function.attributes:
        return
    name = function.sym_name.data
    sites = [site for site in (tail_site(r, name) for r in returns(function)) if site is not None]
    if not sites:
        return
    kinds = {type(site.combine) for site in sites if site.combine is not None}
    if len(kinds) > 1:
        # Mixed + and * sites would need two accumulators: keep only the
        # plain tail calls.
        sites = [site for site in sites if site.combine is None]
        kinds = set()
        if not sites:
            return
    kind = kinds.pop() if kinds else None

    entry = function.body.blocks.first
    initial = []
    if kind is not None:
        identity = py.IntConstantOp(IDENTITY[kind])
        identity.location = function.location
        entry.add_op(identity)
        initial.append(identity.result)
    loop = split_entry(function, entry, initial)
    accumulator = loop.args[-1] if kind is not None else None

    for site in sites:
        block = site.ret.parent_block()
        arguments = list(site.call.arguments)
        if kind is not None and site.combine is not None:
            total = kind(accumulator, site.other)
            total.location = site.combine.location
            block.insert_op_before(total, site.ret)
            arguments.append(total.result)
        elif kind is not None:
            arguments.append(accumulator)
        branch = cf.BranchOp(loop, *arguments)
        branch.location = site.ret.location
        block.insert_op_before(branch, site.ret)
        for op in (site.ret, site.combine, site.call):
            if op is not None:
                block.erase_op(op)

    if kind is not None:
        # Every other return adds what the loop has accumulated.
        for ret in returns(function):
            total = kind(accumulator, ret.arguments[0])
            total.location = ret.location
            ret.parent_block().insert_op_before(total, ret)
            ret.operands = [total.result]


def split_entry(function: func.FuncOp, entry: Block, initial: list[SSAValue]) -> Block:
    """Move the entry block's work, after its allocas, into a loop header.

    The header takes the parameters as block arguments, then one per value of
    `initial` (the accumulator's start, built in the entry block).  The entry
    block keeps its allocas, so the frame does not grow per iteration, and
    branches to the header with the function's arguments.
    """
    header = Block(arg_types=[*(a.type for a in entry.args), *(v.type for v in initial)])
    function.body.insert_block_after(header, entry)
    keep = {v.owner for v in initial}
    moved = [op for op in entry.ops if not isinstance(op, py.AllocaOp) and op not in keep]
    for op in moved:
        op.detach()
        header.add_op(op)
    for old, new in zip(entry.args, header.args):
        old.replace_all_uses_with(new)
    branch = cf.BranchOp(header, *entry.args, *initial)
    branch.location = moved[0].location if moved else function.location
    entry.add_op(branch)
    return header


@dataclass(frozen=True)
class TailRecursionPass(ModulePass):
    name = "py-tail-recursion"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for function in list(op.body.block.ops):
            if isinstance(function, func.FuncOp):
                eliminate_tail_calls(function)

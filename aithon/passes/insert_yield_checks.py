"""`insert-yield-checks`: preemption points for the scheduler.

An actor runs until it waits or its slice of reductions is spent, so every
path that can run for long must spend reductions.  Such a path either loops
or calls (recursion), hence one `actor.yield_check` at the entry of every
function, sync and async alike, and one on every loop back-edge:

    ^header: ... cf.cond_br %c, ^body, ^exit
    ^body:   ... cf.br ^header
becomes
    ^body:   ... actor.yield_check loop
                 cf.br ^header

A back-edge is a branch to a block that is still on the depth-first search
stack from the entry block (irgen's control flow is structured, so these
are exactly the loops' back-edges).  A back-edge check is marked `loop`:
it spends one reduction every 64 iterations (actor-to-llvm), so a tight
loop pays a register increment, not a memory update, per iteration.  When the branch is conditional, the
edge is split through a new block so that only the looping path pays.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import cf, func, llvm
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Operation
from xdsl.passes import ModulePass

from aithon.dialects import actor, py


def _check_at(op: Operation, loop: bool = False) -> actor.YieldCheckOp:
    check = actor.YieldCheckOp(loop)
    check.location = op.location
    return check


def back_edges(function: func.FuncOp) -> list[tuple[Block, int]]:
    """(block, successor index) of every branch that closes a loop."""
    entry = function.body.blocks.first
    edges, on_stack, visited = [], {entry}, {entry}
    stack = [(entry, iter(enumerate(entry.last_op.successors)))]
    while stack:
        block, successors = stack[-1]
        step = next(successors, None)
        if step is None:
            on_stack.discard(block)
            stack.pop()
            continue
        index, successor = step
        if successor in on_stack:
            edges.append((block, index))
        elif successor not in visited:
            visited.add(successor)
            on_stack.add(successor)
            stack.append((successor, iter(enumerate(successor.last_op.successors))))
    return edges


def insert_entry_check(function: func.FuncOp) -> None:
    """At the top of the entry block, after its stack slots (py.alloca)."""
    entry = function.body.blocks.first
    first = entry.first_op
    while isinstance(first, (py.AllocaOp, llvm.AllocaOp)):
        first = first.next_op
    entry.insert_op_before(_check_at(first), first)


def insert_back_edge_check(block: Block, index: int) -> None:
    branch = block.last_op
    if isinstance(branch, cf.BranchOp):
        block.insert_op_before(_check_at(branch, loop=True), branch)
        return
    # A conditional back-edge: route it through a block of its own.
    header = branch.successors[index]
    arguments = _edge_arguments(branch, index)
    landing = Block(arg_types=[a.type for a in arguments])
    jump = cf.BranchOp(header, *landing.args)
    jump.location = branch.location
    landing.add_ops([_check_at(branch, loop=True), jump])
    block.parent.insert_block_after(landing, block)
    branch.successors[index] = landing


def _edge_arguments(branch: Operation, index: int):
    if isinstance(branch, cf.ConditionalBranchOp):
        return list(branch.then_arguments if index == 0 else branch.else_arguments)
    raise NotImplementedError(f"back-edge through {branch.name}")


@dataclass(frozen=True)
class InsertYieldChecksPass(ModulePass):
    name = "insert-yield-checks"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for function in op.body.block.ops:
            if not isinstance(function, func.FuncOp) or function.is_declaration:
                continue
            for block, index in back_edges(function):
                insert_back_edge_check(block, index)
            insert_entry_check(function)

"""`lower-fast-paths-to-cf`: the `scf.if`s of py-to-std's fast paths → `cf` branches.

mlir-opt's convert-scf-to-cf splits a block at each `scf.if` by moving every
later op of the block into a new one, so a function with n int operations
costs O(n^2) time and memory there (seconds and gigabytes at a few thousand
operations).  Here each op moves at most once: the ops after an `scf.if` go
into its continuation block as the walk reaches them.

    %r = scf.if %c -> i64 { A; scf.yield %x } else { B; scf.yield %y }
    rest
becomes
    cf.cond_br %c, ^then, ^else
  ^then: A; cf.br ^cont(%x)
  ^else: B; cf.br ^cont(%y)
  ^cont(%r): rest
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import cf, func, scf
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Region
from xdsl.passes import ModulePass


def _branch_block(region: Region, target: Block, location) -> Block:
    """The region's single block with its scf.yield turned into a branch to `target`."""
    if not region.blocks:  # an `scf.if` without else
        block = Block()
        branch = cf.BranchOp(target)
        branch.location = location
        block.add_op(branch)
        return block
    block = region.blocks.first
    region.detach_block(block)
    yield_op = block.last_op
    assert isinstance(yield_op, scf.YieldOp)
    branch = cf.BranchOp(target, *yield_op.operands)
    branch.location = yield_op.location
    block.insert_op_before(branch, yield_op)
    yield_op.detach()
    yield_op.erase()
    return block


def _split_block(block: Block, function: func.FuncOp) -> list[Block]:
    """Rewrite the `scf.if`s directly in `block`; returns the blocks made."""
    region = function.body
    made: list[Block] = []
    current, after = block, block
    for op in list(block.ops):
        if current is not block:  # past the first scf.if: move into the continuation
            op.detach()
            current.add_op(op)
        if not isinstance(op, scf.IfOp):
            continue
        cont = Block(arg_types=[r.type for r in op.results])
        then_block = _branch_block(op.true_region, cont, op.location)
        else_block = _branch_block(op.false_region, cont, op.location)
        for new in (then_block, else_block, cont):
            region.insert_block_after(new, after)
            after = new
        made += [then_block, else_block]
        branch = cf.ConditionalBranchOp(op.cond, then_block, [], else_block, [])
        branch.location = op.location
        current.insert_op_before(branch, op)
        for result, arg in zip(op.results, cont.args):
            result.replace_all_uses_with(arg)
        op.detach()
        op.erase()
        current = cont
    return made


def lower_ifs_to_cf(function: func.FuncOp) -> None:
    worklist: list[Block] = list(function.body.blocks)
    while worklist:
        block = worklist.pop()
        worklist += _split_block(block, function)  # nested ifs in the branches


@dataclass(frozen=True)
class FastPathsToCfPass(ModulePass):
    name = "lower-fast-paths-to-cf"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for function in op.body.block.ops:
            if isinstance(function, func.FuncOp) and not function.is_declaration:
                lower_ifs_to_cf(function)

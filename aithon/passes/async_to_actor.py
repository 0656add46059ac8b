"""`async-to-actor`: async functions and awaits → `actor` ops.

Every `async def` runs as an actor: `await f(x)` starts one running `f(x)`
and suspends the caller until it ends.  Actors are stackful, so the body of
an async function stays an ordinary function (an `await` inside it is just
a call that may suspend); only the await itself changes:

    %r = py.await @py.worker(%x) : (!py.int) -> !py.int
becomes
    %p = actor.spawn @py.worker(%x) monitored : (!py.int) -> !actor.pid
    %r = actor.await %p : !py.int

`monitored` makes the actor's end come back to the spawner as a DOWN
message carrying the result, which is what `actor.await` waits for.  The
`py.async` marker on the callee becomes `actor.behaviour`, for the reader:
actor-to-llvm gives an entry point to every function an `actor.spawn`
names, marked or not.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp, UnitAttr
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
    op_type_rewrite_pattern,
)

from aithon.dialects import actor, py

BEHAVIOUR_ATTR = "actor.behaviour"


class AwaitToSpawnAndAwait(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: py.AwaitOp, rewriter: PatternRewriter) -> None:
        spawn = actor.SpawnOp(op.callee, list(op.arguments), monitored=True)
        wait = actor.AwaitOp(spawn.pid, op.res[0].type if op.res else None)
        spawn.location = wait.location = op.location
        rewriter.replace_matched_op([spawn, wait], list(wait.results))


@dataclass(frozen=True)
class AsyncToActorPass(ModulePass):
    name = "async-to-actor"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        PatternRewriteWalker(AwaitToSpawnAndAwait(), apply_recursively=False).rewrite_module(op)
        for function in op.body.block.ops:
            if isinstance(function, func.FuncOp) and py.ASYNC_ATTR in function.attributes:
                del function.attributes[py.ASYNC_ATTR]
                function.attributes[BEHAVIOUR_ATTR] = UnitAttr()

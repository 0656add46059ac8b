"""Every AIthon pass by name, and the named pipelines that compose them.

`aithon-opt -p NAME[,NAME...]` and `aithon --stop-after=NAME` both look names
up here; a named pipeline may be used wherever a pass name is accepted.
"""

from __future__ import annotations

from xdsl.passes import ModulePass

from aithon.passes.actor_to_llvm import ActorToLLVMPass
from aithon.passes.async_to_actor import AsyncToActorPass
from aithon.passes.fold_constants import FoldConstantsPass
from aithon.passes.insert_yield_checks import InsertYieldChecksPass
from aithon.passes.if_to_cf import FastPathsToCfPass
from aithon.passes.py_to_std import PyToStdPass
from aithon.passes.tail_recursion import TailRecursionPass

PASSES: dict[str, type[ModulePass]] = {
    FoldConstantsPass.name: FoldConstantsPass,
    TailRecursionPass.name: TailRecursionPass,
    PyToStdPass.name: PyToStdPass,
    FastPathsToCfPass.name: FastPathsToCfPass,
    AsyncToActorPass.name: AsyncToActorPass,
    InsertYieldChecksPass.name: InsertYieldChecksPass,
    ActorToLLVMPass.name: ActorToLLVMPass,
}

# Named pipelines: what `aithon` runs between irgen and mlir-opt.
PIPELINES: dict[str, list[str]] = {
    "py-optimize": ["py-fold-constants", "py-tail-recursion"],
    "py-lower": ["py-fold-constants", "py-tail-recursion", "async-to-actor", "insert-yield-checks", "py-to-std",
                 "actor-to-llvm", "lower-fast-paths-to-cf"],
}


def expand(names: list[str]) -> list[str]:
    """Pass names with the named pipelines among them expanded, in order."""
    expanded: list[str] = []
    for name in names:
        if name in PIPELINES:
            expanded.extend(PIPELINES[name])
        elif name in PASSES:
            expanded.append(name)
        else:
            known = ", ".join(sorted([*PASSES, *PIPELINES]))
            raise KeyError(f"unknown pass or pipeline '{name}' (known: {known})")
    return expanded

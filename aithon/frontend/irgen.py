"""AST → `py` dialect.

One pass over the AST that types every expression as it emits it (the subset
is statically typed, so no separate inference is needed) and builds each
function as a control-flow graph of blocks joined by `cf` branches.  Local
variables live in `py.alloca` slots (LLVM's mem2reg turns them into SSA);
module-level variables are `py.global`s.  Every op carries the file:line:col
of the source it came from.

The module's top-level statements become `func.func @aithon_module_main`,
which the runtime calls; user functions become `func.func @py.<name>`.

Definite assignment is tracked alongside: reading a variable that may be
unassigned on some path is refused at compile time (CPython would raise
UnboundLocalError or NameError at run time).

The statement and expression halves live in irgen_stmt.py and irgen_expr.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.dialects import builtin, func, llvm
from xdsl.dialects.builtin import FileLineColLoc, IntAttr, StringAttr, UnitAttr
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.traits import IsTerminator

from aithon.diagnostics import CompileError, Span
from aithon.dialects import py
from aithon.frontend import ast
from aithon.frontend.irgen_actors import ActorsGen
from aithon.frontend.irgen_expr import ExpressionGen
from aithon.frontend.irgen_stmt import StatementGen
from aithon.frontend.scope import (
    Signature,
    assigned_names,
    collect_imports,
    collect_signatures,
    globals_needing_no_check,
    module_variable_names,
)

MODULE_MAIN = "aithon_module_main"


@dataclass
class LocalVar:
    slot: SSAValue

    @property
    def type(self) -> Attribute:
        return self.slot.type.pointee


@dataclass
class GlobalVar:
    symbol: str
    type: Attribute
    checked_in_functions: bool


@dataclass
class Loop:
    continue_block: Block
    break_block: Block
    break_states: list[set[str] | None] = field(default_factory=list)


@dataclass
class FunctionState:
    """The function being emitted: its blocks, variables and flow facts."""

    op: func.FuncOp
    result_type: Attribute
    is_module: bool
    local_names: set[str]
    block: Block
    variables: dict[str, LocalVar] = field(default_factory=dict)
    # Names certainly assigned at the current point; None = unreachable point.
    defined: set[str] | None = field(default_factory=set)
    loops: list[Loop] = field(default_factory=list)
    sig: Signature | None = None  # None for the module's code
    # Locals known to lie in [lo, hi) at every read while the current code
    # is emitted (the fast copy of a range loop: irgen_stmt.py, _stmt_For).
    assumed_ranges: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def is_async(self) -> bool:
        return self.sig is not None and self.sig.is_async


class IRGen(StatementGen, ExpressionGen, ActorsGen):
    def __init__(self, module: ast.Module):
        self.ast_module = module
        self.filename = module.filename
        self.module = builtin.ModuleOp([])
        self.module_names = module_variable_names(module)
        # What the module's imports bind where no variable hides them; each
        # function sees them through its own locals (`self.imports`).
        self.module_imports = collect_imports(module).shadowed_by(self.module_names)
        self.imports = self.module_imports
        self.signatures: dict[str, Signature] = collect_signatures(module, self.imports)
        self.safe_globals = globals_needing_no_check(module, self.signatures)
        self.globals: dict[str, GlobalVar] = {}
        self.defined_functions: set[str] = set()
        self.emitted: set[str] = set()      # user functions whose body is emitted
        self.in_progress: list[str] = []    # user functions being emitted (nested: inference)
        self.fn: FunctionState | None = None
        self._locations: dict[tuple[int, int], FileLineColLoc] = {}

    # ---- emission helpers ----
    def loc(self, span: Span) -> FileLineColLoc:
        key = (span.line, span.column)
        if key not in self._locations:
            self._locations[key] = FileLineColLoc(
                StringAttr(self.filename), IntAttr(span.line), IntAttr(span.column)
            )
        return self._locations[key]

    def emit(self, op: Operation, span: Span) -> Operation:
        op.location = self.loc(span)
        self.fn.block.add_op(op)
        return op

    def value(self, op: Operation, span: Span) -> SSAValue:
        return self.emit(op, span).results[0]

    def new_block(self, arg_types: tuple[Attribute, ...] = ()) -> Block:
        block = Block(arg_types=arg_types)
        self.fn.op.body.add_block(block)
        return block

    @property
    def reachable(self) -> bool:
        return self.fn.defined is not None

    def terminate(self, op: Operation, span: Span) -> None:
        """End the current block; what follows is unreachable until a jump target."""
        self.emit(op, span)
        self.fn.block = self.new_block()
        self.fn.defined = None

    def start_block(self, block: Block, defined: set[str] | None) -> None:
        """Continue emitting in `block`, where `defined` names are certainly assigned.

        The set is copied: each block's facts evolve on their own."""
        self.fn.block = block
        self.fn.defined = None if defined is None else set(defined)

    # ---- module and functions ----
    def generate(self) -> builtin.ModuleOp:
        self._emit_function(MODULE_MAIN, [], py.NONE, self.ast_module.body, is_module=True,
                            span=Span(1, 1))
        # Functions whose parameter types are known by now (annotated, or
        # taken from their first call); the others are never called.
        pending = True
        while pending:  # emitting one function may type another's parameters
            pending = False
            for sig in self.signatures.values():
                if sig.name not in self.emitted and sig.params_known:
                    self.emit_user_function(sig)
                    pending = True
        for name, var in self.globals.items():
            op = py.GlobalOp(var.symbol, var.type)
            op.location = self.loc(Span(1, 1))
            self.module.body.block.insert_op_before(op, self.module.body.block.first_op) \
                if self.module.body.block.first_op else self.module.body.block.add_op(op)
        return self.module

    def emit_user_function(self, sig: Signature) -> None:
        """Emit `sig`'s body now (also in the middle of another function, when
        a call needs the result type it infers); its parameter types are known."""
        outer, outer_imports = self.fn, self.imports
        self.emitted.add(sig.name)
        self.in_progress.append(sig.name)
        self._emit_function(sig.symbol, sig.params, sig.result, sig.node.body,
                            is_module=False, span=sig.node.span, sig=sig)
        self.in_progress.pop()
        self.fn, self.imports = outer, outer_imports

    def _emit_function(self, symbol, params, result_type, body, *, is_module, span, sig=None):
        arg_types = [t for _, t in params]
        results = [] if result_type == py.NONE else [result_type]
        entry = Block(arg_types=arg_types)
        # User functions are private: only the module calls them, which lets
        # LLVM specialise their calling convention and inline freely.
        visibility = None if is_module else "private"
        op = func.FuncOp(symbol, (arg_types, results), Region([entry]), visibility)
        op.location = self.loc(span)
        if sig is not None and sig.is_async:
            op.attributes[py.ASYNC_ATTR] = UnitAttr()
        self.module.body.block.add_op(op)
        local_names = set() if is_module else assigned_names(body) | {p for p, _ in params}
        self.fn = FunctionState(op, result_type, is_module, local_names, entry, sig=sig)
        self.imports = self.module_imports.shadowed_by(local_names)
        for (name, _), arg in zip(params, entry.args):
            var = self.declare_local(name, arg.type, sig.node.span)
            self.emit(py.StoreOp(arg, var.slot), sig.node.span)
            self.fn.defined.add(name)
        self.gen_body(body)
        if sig is not None and self.fn.result_type is None:
            # No return was reached: the first one sets the inferred type (_stmt_Return).
            raise CompileError(sig.node.span, f"cannot infer the result type of '{sig.name}': "
                               "annotate it (-> int, -> float, ...)")
        result_type = self.fn.result_type
        if self.reachable:
            if result_type != py.NONE:
                raise CompileError(
                    sig.node.span,
                    f"function '{sig.name}' may reach its end without returning "
                    f"{self.article(result_type)}",
                )
            self.emit(func.ReturnOp(), span if is_module else self._end_span(body))
        self._seal_open_blocks()
        self._order_blocks()
        self.fn = None

    def _end_span(self, body: list[ast.Stmt]) -> Span:
        return body[-1].span if body else Span(1, 1)

    def _seal_open_blocks(self) -> None:
        """Give the blocks left without a terminator one.  (Such blocks are
        started after a `return`, `break` or `continue`; no path reaches
        them, and _order_blocks then drops them.)"""
        for block in self.fn.op.body.blocks:
            last = block.last_op
            if last is not None and last.has_trait(IsTerminator):
                continue
            unreachable = llvm.UnreachableOp()
            unreachable.location = (last.location if last else self.fn.op.location)
            block.add_op(unreachable)

    def _order_blocks(self) -> None:
        """Lay blocks out in reverse post-order, so the IR reads top to bottom
        (a loop's body before its exit).  Code no path reaches (after a
        `return`, `break` or `continue`) is dropped: its errors were reported
        while it was generated.

        Successors are explored last-first so that a branch's first target
        (the `then` side, the loop body) is laid out first."""
        region = self.fn.op.body
        blocks = list(region.blocks)
        postorder, visited = [], {blocks[0]}
        stack = [(blocks[0], reversed(blocks[0].last_op.successors))]
        while stack:
            block, successors = stack[-1]
            successor = next(successors, None)
            if successor is None:
                postorder.append(block)
                stack.pop()
            elif successor not in visited:
                visited.add(successor)
                stack.append((successor, reversed(successor.last_op.successors)))
        dead = [b for b in blocks if b not in visited]
        for block in dead:
            for op in block.ops:
                op.drop_all_references()
        for block in blocks:
            region.detach_block(block)
        for block in dead:
            block.erase(safe_erase=False)
        region.add_block(postorder[::-1])

    def declare_local(self, name: str, value_type: Attribute, span: Span) -> LocalVar:
        slot = py.AllocaOp(name, value_type)
        slot.location = self.loc(span)
        entry = self.fn.op.body.blocks.first
        if entry.first_op is not None:
            entry.insert_op_before(slot, entry.first_op)
        else:
            entry.add_op(slot)
        var = LocalVar(slot.result)
        self.fn.variables[name] = var
        return var

    @classmethod
    def article(cls, t: Attribute) -> str:
        """'an int', 'a float', ..."""
        name = cls.type_name(t)
        return f"an {name}" if name[0] in "aeiou" else f"a {name}"

    @staticmethod
    def type_name(t: Attribute) -> str:
        from aithon.frontend.scope import type_name

        return type_name(t)


def generate(module: ast.Module) -> builtin.ModuleOp:
    """Build the `py`-dialect module for a parsed file."""
    return IRGen(module).generate()

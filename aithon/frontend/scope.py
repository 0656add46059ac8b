"""What irgen knows about names before it emits anything.

- the module's functions and their signatures (so calls can be typed in any
  order, recursion included);
- which names each function assigns (those are its locals, as in Python);
- the call graph, to refuse a module-level call that would reach a function
  whose `def` has not run yet (a NameError in CPython);
- the module variables safe to read without a run-time "is it assigned yet"
  check.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field

from xdsl.ir import Attribute

from aithon import actors as actors_module
from aithon.diagnostics import CompileError, Span
from aithon.dialects import actor, py
from aithon.frontend import ast

TYPE_NAMES: dict[str, Attribute] = {
    "int": py.INT,
    "float": py.FLOAT,
    "bool": py.BOOL,
    "None": py.NONE,
}

BUILTINS = {"print", "range"}
# Python's other builtins: AIthon names them as unsupported rather than unknown.
PYTHON_BUILTINS = {name for name in dir(builtins) if not name.startswith("_")}


def undefined_name(name: str, span) -> CompileError:
    """The compile-time NameError for `name`, which no code assigns."""
    if name in PYTHON_BUILTINS:
        return CompileError(span, f"the builtin '{name}' is not supported by AIthon yet")
    return CompileError(span, f"name '{name}' is not defined")


# The modules a program may import, and what `aithon.actors` offers.
KNOWN_MODULES = ("asyncio", "aithon.actors")
ACTORS = "aithon.actors"
# The module's public names are those of its asyncio implementation (which
# imports only the standard library), so the two cannot drift apart.
ACTORS_API = set(actors_module.__all__)
# The module's types, by name.
ACTOR_TYPES: dict[str, type] = {
    "Pid": actor.PidType,
    "Reason": actor.ReasonType,
    "Exit": actor.ExitType,
    "Down": actor.DownType,
}


@dataclass
class Imports:
    """What the module's imports bind: a local name → the dotted name of a
    module (`actors` → "aithon.actors") or of one of its members (`spawn` →
    "aithon.actors.spawn")."""

    bound: dict[str, str] = field(default_factory=dict)

    def resolve(self, expr: ast.Expr) -> str | None:
        """The full dotted name `expr` refers to through an import, if any."""
        if isinstance(expr, ast.Name):
            return self.bound.get(expr.id)
        if isinstance(expr, ast.Attribute):
            base = self.resolve(expr.value)
            return None if base is None else f"{base}.{expr.attr}"
        return None

    def shadowed_by(self, names: set[str]) -> Imports:
        """These imports where variables named `names` hide the imported
        names, as a Python variable does."""
        return Imports({k: v for k, v in self.bound.items() if k not in names})

    def actors_member(self, expr: ast.Expr) -> str | None:
        """'spawn' for `actors.spawn`, `spawn` (imported by name), ..."""
        name = self.resolve(expr)
        prefix = ACTORS + "."
        return name[len(prefix):] if name and name.startswith(prefix) else None


def collect_imports(module: ast.Module) -> Imports:
    """The names the module's top-level imports bind (checked by irgen)."""
    imports = Imports()
    for stmt in module.body:
        if not isinstance(stmt, ast.Import):
            continue
        for name, alias in stmt.names:
            if stmt.module is not None:
                imports.bound[alias or name] = f"{stmt.module}.{name}"
            elif alias is not None:
                imports.bound[alias] = name
            else:  # `import a.b` binds `a`
                imports.bound[name.split(".")[0]] = name.split(".")[0]
    return imports


def type_name(t: Attribute | None) -> str:
    for name, known in TYPE_NAMES.items():
        if known == t:
            return name
    for name, kind in ACTOR_TYPES.items():
        if isinstance(t, kind):
            return name
    if isinstance(t, py.TupleType):
        return f"tuple[{', '.join(type_name(e) for e in t.types) or '()'}]"
    return "str" if t is None else str(t)


def annotation_type(expr: ast.Expr, what: str, imports: Imports | None = None) -> Attribute:
    """The type an annotation names: int, float, bool, None, Pid, Reason,
    Exit, Down (from aithon.actors) or tuple[...] of these."""
    if isinstance(expr, ast.NoneLit):
        return py.NONE
    if isinstance(expr, ast.Name) and expr.id in TYPE_NAMES:
        return TYPE_NAMES[expr.id]
    member = imports.actors_member(expr) if imports is not None else None
    if member in ACTOR_TYPES:
        return ACTOR_TYPES[member]()
    if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name) \
            and expr.value.id == "tuple":
        index = expr.index
        elements = index.elts if isinstance(index, ast.Tuple) else [index]
        return py.TupleType([annotation_type(e, what, imports) for e in elements])
    raise CompileError(
        expr.span, f"unsupported type annotation for {what}: AIthon knows int, float, bool, None, "
        "Pid, Reason, Exit, Down and tuple[...] of these"
    )


@dataclass
class Signature:
    """A function's name, symbol and types.

    A parameter without an annotation has type None until irgen meets the
    first call, whose argument types it then takes (one compiled version per
    function); a result without an annotation is None until irgen has
    emitted the body and seen its first `return`."""

    name: str
    symbol: str
    params: list[tuple[str, Attribute | None]]
    result: Attribute | None
    node: ast.FunctionDef
    calls: set[str] = field(default_factory=set)
    is_async: bool = False
    # Unannotated parameters: where the call that gave each its type is.
    inferred_at: dict[str, Span] = field(default_factory=dict)

    @property
    def params_known(self) -> bool:
        return all(t is not None for _, t in self.params)


def walk(node):
    """Every AST node below `node` (statements and expressions)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        for value in vars(current).values():
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, (ast.Expr, ast.Stmt, ast.Keyword, ast.Param)):
                    stack.append(item)


def assigned_names(body: list[ast.Stmt]) -> set[str]:
    """The names a function body binds, which Python makes local to it."""
    names = set()
    for stmt in body:
        for node in walk(stmt):
            if isinstance(node, (ast.Assign, ast.AugAssign)):
                targets = node.target.elts if isinstance(node.target, ast.Tuple) else [node.target]
                names.update(t.id for t in targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.For):
                names.add(node.target)
    return names


def module_variable_names(module: ast.Module) -> set[str]:
    """The names the module's top-level code assigns (its globals-to-be)."""
    return assigned_names([s for s in module.body if not isinstance(s, ast.FunctionDef)])


def called_names(node) -> set[str]:
    return {n.func.id for n in walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


def _has_value_return(body: list[ast.Stmt]) -> bool:
    return any(isinstance(n, ast.Return) and n.value is not None for s in body for n in walk(s))


def collect_signatures(module: ast.Module, imports: Imports) -> dict[str, Signature]:
    signatures: dict[str, Signature] = {}
    for stmt in module.body:
        for node in walk(stmt):
            if isinstance(node, ast.FunctionDef) and node is not stmt:
                raise CompileError(node.span, "functions must be defined at module level (nested or conditional 'def' is not supported yet)")
        if not isinstance(stmt, ast.FunctionDef):
            continue
        if stmt.name in signatures:
            raise CompileError(stmt.span, f"function '{stmt.name}' is defined twice")
        if stmt.name in BUILTINS or stmt.name in TYPE_NAMES:
            raise CompileError(stmt.span, f"redefining the builtin '{stmt.name}' is not supported")
        params = []
        for param in stmt.params:
            if param.default is not None:
                raise CompileError(param.default.span, "default parameter values are not supported yet")
            if param.name in (p for p, _ in params):
                raise CompileError(param.span, f"duplicate parameter '{param.name}'")
            declared = None if param.annotation is None else \
                annotation_type(param.annotation, f"parameter '{param.name}'", imports)
            params.append((param.name, declared))
        if stmt.returns is not None:
            result = annotation_type(stmt.returns, f"the result of '{stmt.name}'", imports)
        elif _has_value_return(stmt.body):
            result = None  # inferred from the body's returns
        else:
            result = py.NONE
        signatures[stmt.name] = Signature(
            stmt.name, f"py.{stmt.name}", params, result, stmt, called_names(stmt), stmt.is_async
        )
    return signatures


def reachable_functions(signatures: dict[str, Signature], roots: set[str]) -> set[str]:
    """The user functions a call to any of `roots` may run (transitively)."""
    seen: set[str] = set()
    todo = [r for r in roots if r in signatures]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(c for c in signatures[name].calls if c in signatures)
    return seen


def globals_needing_no_check(module: ast.Module, signatures: dict[str, Signature]) -> set[str]:
    """Module variables certainly assigned before any function can run.

    Those are assigned by top-level statements that come before the first
    statement calling a user function; functions may read them unchecked.
    """
    safe: set[str] = set()
    for stmt in module.body:
        if isinstance(stmt, ast.FunctionDef):
            continue
        if called_names(stmt) & signatures.keys():
            break
        if isinstance(stmt, ast.Assign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            safe.add(stmt.target.id)
    return safe

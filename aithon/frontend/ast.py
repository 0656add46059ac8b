"""The AST the parser produces: small dataclasses, each with its source span.

Nodes for constructs the compiler does not support yet (lists, subscripts,
attributes, ...) exist so that the checker can refuse them with a precise
position; see `Unsupported`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aithon.diagnostics import Span

# ---------------------------------------------------------------------------
# Expressions
# ---------------------------------------------------------------------------


@dataclass
class Expr:
    span: Span


@dataclass
class Name(Expr):
    id: str


@dataclass
class IntLit(Expr):
    value: int


@dataclass
class FloatLit(Expr):
    value: float


@dataclass
class BoolLit(Expr):
    value: bool


@dataclass
class NoneLit(Expr):
    pass


@dataclass
class StrLit(Expr):
    value: str


@dataclass
class BinOp(Expr):
    """`left op right` for an arithmetic or bitwise operator spelled as in Python."""

    op: str
    left: Expr
    right: Expr


@dataclass
class UnaryOp(Expr):
    op: str  # "-", "+", "~"
    operand: Expr


@dataclass
class Not(Expr):
    operand: Expr


@dataclass
class BoolOp(Expr):
    """`a and b and c` / `a or b`: short-circuit, yields one of the operands."""

    op: str  # "and" or "or"
    values: list[Expr]


@dataclass
class Compare(Expr):
    """`a < b <= c`: each operand evaluated at most once, left to right."""

    first: Expr
    ops: list[str]
    rest: list[Expr]


@dataclass
class IfExp(Expr):
    """`body if test else orelse`."""

    test: Expr
    body: Expr
    orelse: Expr


@dataclass
class Keyword:
    span: Span
    name: str
    value: Expr


@dataclass
class Call(Expr):
    func: Expr
    args: list[Expr]
    keywords: list[Keyword]


@dataclass
class Await(Expr):
    """`await value`: AIthon awaits calls of async functions (`await f(x)`)."""

    value: Expr


@dataclass
class Attribute(Expr):
    """`value.attr`: only `asyncio.run` means something to AIthon yet."""

    value: Expr
    attr: str


@dataclass
class Tuple(Expr):
    """`(a, b)` or `a, b`: also an assignment target (`a, b = t`)."""

    elts: list[Expr]


@dataclass
class Subscript(Expr):
    """`value[index]`: AIthon indexes tuples with a constant."""

    value: Expr
    index: Expr


@dataclass
class Unsupported(Expr):
    """A construct the parser knows and the compiler refuses (what = its name)."""

    what: str


# ---------------------------------------------------------------------------
# Statements
# ---------------------------------------------------------------------------


@dataclass
class Stmt:
    span: Span


@dataclass
class ExprStmt(Stmt):
    value: Expr


@dataclass
class Assign(Stmt):
    """`target = value` or `target: annotation = value` (value may be None)."""

    target: Expr
    value: Expr | None
    annotation: Expr | None = None


@dataclass
class AugAssign(Stmt):
    target: Expr
    op: str  # "+", "//", ... (without the "=")
    value: Expr


@dataclass
class Return(Stmt):
    value: Expr | None


@dataclass
class Pass(Stmt):
    pass


@dataclass
class Break(Stmt):
    pass


@dataclass
class Continue(Stmt):
    pass


@dataclass
class If(Stmt):
    test: Expr
    body: list[Stmt]
    orelse: list[Stmt]  # an `elif` is a nested If here


@dataclass
class While(Stmt):
    test: Expr
    body: list[Stmt]
    orelse: list[Stmt] | None


@dataclass
class For(Stmt):
    target: str
    target_span: Span
    iter: Expr
    body: list[Stmt]
    orelse: list[Stmt] | None


@dataclass
class Param:
    span: Span
    name: str
    annotation: Expr | None
    default: Expr | None


@dataclass
class FunctionDef(Stmt):
    name: str
    params: list[Param]
    returns: Expr | None
    body: list[Stmt]
    is_async: bool = False


@dataclass
class Import(Stmt):
    """`import a.b as x` (names = [("a.b", "x")]) or `from a.b import c`
    (module "a.b", names = [("c", None)]); the second item is the alias."""

    module: str | None
    names: list[tuple[str, str | None]]


@dataclass
class UnsupportedStmt(Stmt):
    what: str


@dataclass
class Module:
    filename: str
    body: list[Stmt] = field(default_factory=list)

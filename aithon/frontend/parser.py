"""Source text → AST, with Lark (LALR) and a Python indentation post-lexer.

Syntax errors are turned into CompileError with the position of the offending
token.  Python keywords that AIthon does not support yet (`class`, `import`,
`try`, ...) are caught while lexing, so the user reads "class definitions are
not supported" rather than a puzzling "unexpected token".
"""

from __future__ import annotations

import ast as pyast
import io
import re
import tokenize
from functools import cache
from pathlib import Path

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, VisitError
from lark.indenter import DedentError
from lark.indenter import PythonIndenter

from aithon.diagnostics import CompileError, Span
from aithon.frontend import ast

# Keywords of Python that this subset does not have, with what to call them.
UNSUPPORTED_KEYWORDS = {
    "class": "class definitions",
    "try": "try statements (exceptions)",
    "except": "try statements (exceptions)",
    "finally": "try statements (exceptions)",
    "raise": "raise statements (exceptions)",
    "with": "with statements",
    "lambda": "lambda expressions",
    "global": "global declarations",
    "nonlocal": "nonlocal declarations",
    "yield": "generators (yield)",
    "del": "del statements",
    "assert": "assert statements",
}


def _span(line: int, column: int) -> Span:
    return Span(line, column)


# CPython's limits: MAXLEVEL in its tokenizer, CO_MAXBLOCKS in its compiler.
MAX_NESTED_BRACKETS = 200
MAX_NESTED_LOOPS = 20


def _token_span(token: Token) -> Span:
    return Span(token.line, token.column, token.end_line, token.end_column)


def _bound_name(token: Token) -> str:
    """A name a definition binds (a function, a parameter, a loop variable):
    __debug__ is a constant, so binding it is CPython's SyntaxError."""
    if token.value == "__debug__":
        raise CompileError(_token_span(token), "cannot assign to __debug__")
    return token.value


def _indent_columns(indent: str) -> tuple[int, int]:
    """The width of an indentation with tabs to multiples of 8, and with tabs
    as one column, as CPython's tokenizer measures both (a form feed starts
    again at column 0)."""
    col = alt = 0
    for ch in indent:
        if ch == "\t":
            col = (col // 8 + 1) * 8
            alt += 1
        elif ch == "\f":
            col = alt = 0
        else:
            col += 1
            alt += 1
    return col, alt


class _Indenter(PythonIndenter):
    """Python's INDENT/DEDENT rules, plus refusal of unsupported keywords.

    Indentation is measured as CPython does, twice: with tabs to the next
    multiple of 8 and with tabs as one column.  Where the two disagree on
    whether a line is indented more, less or the same as its block, the
    meaning depends on the tab size: CPython's TabError.
    """

    tab_len = 8

    def handle_NL(self, token: Token):
        if self.paren_level > 0:
            return
        yield token
        indent_str = token.rsplit("\n", 1)[1]
        col, alt = _indent_columns(indent_str)
        if col > self.indent_level[-1]:
            self._check_tabs(alt > self.alt_level[-1], token)
            self.indent_level.append(col)
            self.alt_level.append(alt)
            yield Token.new_borrow_pos(self.INDENT_type, indent_str, token)
            return
        while col < self.indent_level[-1]:
            self.indent_level.pop()
            self.alt_level.pop()
            yield Token.new_borrow_pos(self.DEDENT_type, indent_str, token)
        if col != self.indent_level[-1]:
            raise DedentError(f"Unexpected dedent to column {col}. Expected dedent to {self.indent_level[-1]}")
        self._check_tabs(alt == self.alt_level[-1], token)

    @staticmethod
    def _check_tabs(consistent: bool, token: Token) -> None:
        if not consistent:
            raise CompileError(Span(token.end_line, 1), "inconsistent use of tabs and spaces in indentation")

    def process(self, stream):
        self.alt_level = [0]
        depth = 0  # brackets open, as CPython's tokenizer counts them
        for token in super().process(stream):
            if token.type in self.OPEN_PAREN_types:
                depth += 1
                if depth > MAX_NESTED_BRACKETS:
                    raise CompileError(_token_span(token), "too many nested parentheses")
            elif token.type in self.CLOSE_PAREN_types:
                depth -= 1
            if token.type == "NAME" and token.value in UNSUPPORTED_KEYWORDS:
                raise CompileError(
                    _token_span(token),
                    f"{UNSUPPORTED_KEYWORDS[token.value]} are not supported by AIthon yet",
                )
            yield token


@cache
def _lark() -> Lark:
    grammar = (Path(__file__).parent / "grammar.lark").read_text()
    return Lark(
        grammar,
        parser="lalr",
        start="file_input",
        postlex=_Indenter(),
        propagate_positions=True,
        maybe_placeholders=True,
        cache=True,  # the LALR tables are rebuilt only when the grammar changes
    )


def _meta_span(meta) -> Span:
    return Span(meta.line, meta.column, meta.end_line, meta.end_column)


def _decode_string(token: Token) -> str:
    text = token.value
    prefix = text[: len(text) - len(text.lstrip("rRuUbBfF"))].lower()
    if "b" in prefix:
        raise CompileError(_token_span(token), "bytes literals are not supported by AIthon yet")
    if "f" in prefix:
        raise CompileError(_token_span(token), "f-strings are not supported by AIthon yet")
    try:
        return pyast.literal_eval(text)
    except (ValueError, SyntaxError) as err:
        raise CompileError(_token_span(token), f"invalid string literal: {err}") from None


def _decode_number(token: Token) -> ast.Expr:
    text = token.value
    span = _token_span(token)
    if text[-1] in "jJ":
        return ast.Unsupported(span, "complex numbers")
    if text[:2].lower() in ("0x", "0o", "0b"):
        return ast.IntLit(span, int(text, 0))
    if any(c in text for c in ".eE"):
        return ast.FloatLit(span, float(text.replace("_", "")))
    return ast.IntLit(span, int(text.replace("_", "")))


@v_args(meta=True)
class _ToAst(Transformer):
    """Lark parse tree → aithon.frontend.ast nodes."""

    # ---- module and statements ----
    def file_input(self, meta, children):
        body = []
        for child in children:
            if isinstance(child, list):
                body.extend(child)
            elif isinstance(child, ast.Stmt):
                body.append(child)
        return body

    def simple_stmts(self, meta, children):
        return [c for c in children if c is not None]

    def suite(self, meta, children):
        body = []
        for child in children:
            body.extend(child if isinstance(child, list) else [child])
        return body

    def expr_stmt(self, meta, children):
        return ast.ExprStmt(_meta_span(meta), children[0])

    def assign(self, meta, children):
        target, value = children
        return ast.Assign(_meta_span(meta), target, value)

    def annassign(self, meta, children):
        target, annotation, value = children
        return ast.Assign(_meta_span(meta), target, value, annotation)

    def multi_assign(self, meta, children):
        return ast.UnsupportedStmt(_meta_span(meta), "chained assignment (a = b = c)")

    def augassign(self, meta, children):
        target, op, value = children
        return ast.AugAssign(_token_span(op), target, op.value[:-1], value)

    def return_stmt(self, meta, children):
        return ast.Return(_meta_span(meta), children[0])

    def pass_stmt(self, meta, children):
        return ast.Pass(_meta_span(meta))

    def break_stmt(self, meta, children):
        return ast.Break(_meta_span(meta))

    def continue_stmt(self, meta, children):
        return ast.Continue(_meta_span(meta))

    def if_stmt(self, meta, children):
        test, body, *clauses = children
        orelse = clauses.pop() if clauses else None
        orelse = orelse or []
        # Fold `elif` clauses into nested Ifs, innermost last.
        for elif_span, elif_test, elif_body in reversed(clauses):
            orelse = [ast.If(elif_span, elif_test, elif_body, orelse)]
        return ast.If(_meta_span(meta), test, body, orelse)

    def elif_clause(self, meta, children):
        return (_meta_span(meta), children[0], children[1])

    def else_clause(self, meta, children):
        return children[0]

    def while_stmt(self, meta, children):
        test, body, orelse = children
        return ast.While(_meta_span(meta), test, body, orelse)

    def for_stmt(self, meta, children):
        target, iterable, body, orelse = children
        return ast.For(_meta_span(meta), _bound_name(target), _token_span(target), iterable, body, orelse)

    def funcdef(self, meta, children):
        name, params, returns, body = children
        return ast.FunctionDef(_meta_span(meta), _bound_name(name), params or [], returns, body)

    def async_funcdef(self, meta, children):
        function = children[0]
        function.span = _meta_span(meta)
        function.is_async = True
        return function

    def import_stmt(self, meta, children):
        return ast.Import(_meta_span(meta), None, children)

    def from_import(self, meta, children):
        module, *names = children
        return ast.Import(_meta_span(meta), module, names)

    def dotted_as_name(self, meta, children):
        name, alias = children
        return (name, alias.value if alias is not None else None)

    def name_as(self, meta, children):
        name, alias = children
        return (name.value, alias.value if alias is not None else None)

    def dotted_name(self, meta, children):
        return ".".join(t.value for t in children)

    def parameters(self, meta, children):
        return [c for c in children if c is not None]

    def param(self, meta, children):
        name, annotation, default = children
        return ast.Param(_token_span(name), _bound_name(name), annotation, default)

    # ---- expressions ----
    def conditional(self, meta, children):
        body, test, orelse = children
        return ast.IfExp(_meta_span(meta), test, body, orelse)

    def or_expr(self, meta, children):
        return ast.BoolOp(_meta_span(meta), "or", children)

    def and_expr(self, meta, children):
        return ast.BoolOp(_meta_span(meta), "and", children)

    def not_expr(self, meta, children):
        return ast.Not(_meta_span(meta), children[0])

    def compare(self, meta, children):
        first, rest = children[0], children[1:]
        ops = [op for op in rest[0::2]]
        return ast.Compare(_meta_span(meta), first, [o[0] for o in ops], rest[1::2])

    def comp_op(self, meta, children):
        return (" ".join(t.value for t in children), _meta_span(meta))

    def _operator(self, meta, children):
        return children[0]

    bitor_op = bitxor_op = bitand_op = shift_op = add_op = mul_op = unary_op = _operator

    def binop(self, meta, children):
        left, op, right = children
        return ast.BinOp(_token_span(op), op.value, left, right)

    def unary(self, meta, children):
        op, operand = children
        return ast.UnaryOp(_token_span(op), op.value, operand)

    def power(self, meta, children):
        left, right = children
        return ast.BinOp(_meta_span(meta), "**", left, right)

    def call(self, meta, children):
        func, arguments = children
        args, keywords = [], []
        for arg in arguments or []:
            if isinstance(arg, ast.Keyword):
                if arg.name == "__debug__":
                    raise CompileError(arg.span, "cannot assign to __debug__")
                if any(k.name == arg.name for k in keywords):
                    raise CompileError(arg.span, f"keyword argument repeated: {arg.name}")
                keywords.append(arg)
            elif keywords:
                raise CompileError(arg.span, "positional argument follows keyword argument")
            else:
                args.append(arg)
        return ast.Call(_meta_span(meta), func, args, keywords)

    def arguments(self, meta, children):
        return [c for c in children if c is not None]

    def keyword_arg(self, meta, children):
        name, value = children
        return ast.Keyword(_token_span(name), name.value, value)

    def subscript(self, meta, children):
        value, index = children
        return ast.Subscript(_meta_span(meta), value, index)

    def attribute(self, meta, children):
        value, name = children
        return ast.Attribute(_meta_span(meta), value, name.value)

    def await_expr(self, meta, children):
        return ast.Await(_meta_span(meta), children[0])

    def name(self, meta, children):
        return ast.Name(_token_span(children[0]), children[0].value)

    def number(self, meta, children):
        return _decode_number(children[0])

    def string(self, meta, children):
        return ast.StrLit(_meta_span(meta), "".join(_decode_string(t) for t in children))

    def tuple_display(self, meta, children):
        return ast.Tuple(_meta_span(meta), [c for c in children if c is not None])

    def list_display(self, meta, children):
        return ast.Unsupported(_meta_span(meta), "lists")

    def set_display(self, meta, children):
        return ast.Unsupported(_meta_span(meta), "sets")

    def dict_display(self, meta, children):
        return ast.Unsupported(_meta_span(meta), "dicts")

    def true(self, meta, children):
        return ast.BoolLit(_meta_span(meta), True)

    def false(self, meta, children):
        return ast.BoolLit(_meta_span(meta), False)

    def none(self, meta, children):
        return ast.NoneLit(_meta_span(meta))

    def ellipsis(self, meta, children):
        return ast.Unsupported(_meta_span(meta), "Ellipsis")


def _syntax_error(err: UnexpectedInput, source: str) -> CompileError:
    if isinstance(err, UnexpectedCharacters):
        char = source[err.pos_in_stream] if err.pos_in_stream < len(source) else ""
        if char in ("'", '"'):
            return _unterminated_string(source, err.pos_in_stream, Span(err.line, err.column))
        return CompileError(Span(err.line, err.column), f"invalid character {char!r}")
    token = getattr(err, "token", None)
    if isinstance(err, UnexpectedEOF) or token is None or token.type == "$END":
        return _unclosed_bracket(source) or _end_of_file(source)
    expected = set(getattr(err, "expected", ())) | set(getattr(err, "accepts", None) or ())
    if "_INDENT" in expected and token.type != "_NEWLINE":
        return CompileError(_token_span(token), "expected an indented block")
    if token.type == "_INDENT":
        # The indent token sits on the newline before the over-indented line.
        line = token.end_line or token.line
        text = source.splitlines()[line - 1] if line <= len(source.splitlines()) else ""
        return CompileError(Span(line, len(text) - len(text.lstrip()) + 1), "unexpected indent")
    if token.type == "_DEDENT":
        return CompileError(Span(token.line, token.column), "unindent does not match any outer indentation level")
    if token.type == "_NEWLINE":
        line = token.line
        col = len(source.splitlines()[line - 1]) + 1 if line <= len(source.splitlines()) else 1
        if "_INDENT" in err.expected:
            return CompileError(Span(line, col), "expected an indented block")
        return CompileError(Span(line, col), "invalid syntax: unexpected end of line")
    return CompileError(_token_span(token), f"invalid syntax: unexpected {token.value!r}")


def _unterminated_string(source: str, quote_pos: int, quote_span: Span) -> CompileError:
    """A quote the STRING terminal cannot match opens a string that never ends.

    Reported as CPython does: at the literal's start, prefix included, with
    the line where the lexer gave up.
    """
    quote = source[quote_pos]
    # The lexer reads the first two quotes of an unterminated `"""` as an
    # empty string and fails on the third.
    triple = quote_pos >= 2 and source.startswith(quote * 3, quote_pos - 2)
    start = quote_pos - 2 if triple else quote_pos
    prefix = re.search(r"(?<!\w)[rRuUbBfF]{1,2}$", source[:start])
    column = quote_span.column - (quote_pos - start) - (len(prefix.group()) if prefix else 0)
    if triple:
        kind, detected = "triple-quoted string literal", len(source.splitlines())
    else:
        # A backslash-newline continues a one-quote string on the next line.
        body = re.match(r"(?:[^\\\n]|\\.)*", source[quote_pos + 1:], re.S).group()
        kind, detected = "string literal", quote_span.line + body.count("\n")
    return CompileError(Span(quote_span.line, column),
                        f"unterminated {kind} (detected at line {detected})")


def _unclosed_bracket(source: str) -> CompileError | None:
    """The innermost bracket still open at the end of the file, as CPython 3.11
    reports it ("'(' was never closed"); None if every bracket is closed."""
    opened: list[tokenize.TokenInfo] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type != tokenize.OP:
                continue
            if token.string in ("(", "[", "{"):
                opened.append(token)
            elif token.string in (")", "]", "}") and opened:
                opened.pop()
    except (tokenize.TokenError, SyntaxError):
        pass  # "EOF in multi-line statement": the tokens so far are what counts
    if not opened:
        return None
    line, column = opened[-1].start
    return CompileError(Span(line, column + 1), f"'{opened[-1].string}' was never closed")


def _end_of_file(source: str) -> CompileError:
    lines = source.splitlines() or [""]
    return CompileError(Span(len(lines), len(lines[-1]) + 1), "unexpected end of file")


def _check_first_line_not_indented(source: str) -> None:
    """The post-lexer only sees indentation after a newline: check line one here."""
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.lstrip(" \t\f")
        if not stripped or stripped.startswith("#"):
            continue
        if stripped != line:
            raise CompileError(Span(number, len(line) - len(stripped) + 1), "unexpected indent")
        return


def parse(source: str, filename: str) -> ast.Module:
    """Parse a whole file; raises CompileError on any syntax error."""
    if not source.endswith("\n"):
        source += "\n"
    _check_first_line_not_indented(source)
    try:
        tree = _lark().parse(source)
    except UnexpectedInput as err:
        raise _syntax_error(err, source) from None
    except DedentError:
        raise CompileError(_bad_dedent_span(source), "unindent does not match any outer indentation level") from None
    try:
        module = ast.Module(filename, _ToAst().transform(tree))
    except VisitError as err:  # Lark wraps errors raised inside the transformer
        if isinstance(err.orig_exc, (CompileError, RecursionError)):
            raise err.orig_exc from None
        raise
    _check_nested_loops(module.body, 0)
    return module


def _check_nested_loops(body: list[ast.Stmt], depth: int) -> None:
    """CPython refuses a loop inside 20 others (in one function), counting
    the loop bodies only: an `else` clause runs outside its loop."""
    for stmt in body:
        if isinstance(stmt, (ast.For, ast.While)):
            if depth == MAX_NESTED_LOOPS:
                raise CompileError(stmt.span, "too many statically nested blocks")
            _check_nested_loops(stmt.body, depth + 1)
            _check_nested_loops(stmt.orelse or [], depth)
        elif isinstance(stmt, ast.If):
            _check_nested_loops(stmt.body, depth)
            _check_nested_loops(stmt.orelse, depth)
        elif isinstance(stmt, ast.FunctionDef):
            _check_nested_loops(stmt.body, 0)


def _bad_dedent_span(source: str) -> Span | None:
    """The first line whose indentation matches no enclosing block."""
    stack = [0]
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.lstrip(" \t")
        if not stripped or stripped.startswith("#"):
            continue
        width = len(line.expandtabs(8)) - len(stripped.expandtabs(8))
        if width > stack[-1]:
            stack.append(width)
            continue
        while width < stack[-1]:
            stack.pop()
        if width != stack[-1]:
            return Span(number, width + 1)
    return None

"""Parser and irgen pieces that are easiest to test from Python."""

import pytest

from aithon.diagnostics import CompileError, Span, format_diagnostic
from aithon.frontend import ast
from aithon.frontend.parser import parse
from aithon.compiler import to_py_dialect


def first_stmt(source: str) -> ast.Stmt:
    return parse(source, "t.py").body[0]


def test_spans_are_one_based_line_and_column():
    stmt = first_stmt("x = 1\ny = x + 2\n".split("\n", 1)[1])
    assert stmt.span.line == 1
    assert stmt.value.span == Span(1, 7, 1, 8)  # the '+' operator


def test_numbers_decode_like_python():
    values = [first_stmt(f"x = {text}\n").value for text in ("0x1F", "1_000", "1e3", ".5", "0b101", "0o17")]
    assert [v.value for v in values] == [31, 1000, 1000.0, 0.5, 5, 15]
    assert isinstance(values[2], ast.FloatLit)


def test_elif_becomes_nested_if():
    stmt = first_stmt("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n")
    assert isinstance(stmt.orelse[0], ast.If)
    assert isinstance(stmt.orelse[0].orelse[0], ast.Pass)


def test_chained_comparison_keeps_every_operator():
    cmp = first_stmt("x = 1 < 2 <= 3 != 4\n").value
    assert cmp.ops == ["<", "<=", "!="]
    assert len(cmp.rest) == 3


def test_string_escapes_and_concatenation():
    call = first_stmt("print('a\\tb' \"c\")\n").value
    assert call.args[0].value == "a\tbc"


@pytest.mark.parametrize("source, message", [
    ("class A:\n    pass\n", "class definitions are not supported"),
    ("try:\n    pass\n", "try statements (exceptions) are not supported"),
    ("x = (1\n", "'(' was never closed"),
    ("if x:\n", "unexpected end of file"),
    ("x = 'abc\n", "unterminated string literal"),
    ("  x = 1\n", "unexpected indent"),
    ("def f():\nreturn 1\n", "expected an indented block"),
    # CPython's TabError: the block structure depends on the tab size.
    ("if x:\n        y = 1\n\ty = 2\n", "inconsistent use of tabs and spaces in indentation"),
    ("if x:\n    if y:\n\tz = 1\n", "inconsistent use of tabs and spaces in indentation"),
    # __debug__ is a constant: nothing may bind it.
    ("def __debug__():\n    pass\n", "cannot assign to __debug__"),
    ("async def __debug__():\n    pass\n", "cannot assign to __debug__"),
    ("def f(__debug__: int):\n    pass\n", "cannot assign to __debug__"),
    ("for __debug__ in range(3):\n    pass\n", "cannot assign to __debug__"),
    ("f(__debug__=1)\n", "cannot assign to __debug__"),
])
def test_syntax_errors_are_compile_errors(source, message):
    with pytest.raises(CompileError) as info:
        parse(source, "t.py")
    assert message in info.value.message
    assert info.value.span is not None


def nested_loops(depth: int, orelse: str = "") -> str:
    """`depth` for loops inside each other in a function, then `orelse`
    (source at the innermost loop's own indentation)."""
    lines = ["def f():"]
    lines += ["    " * (d + 1) + f"for i{d} in range(2):" for d in range(depth)]
    lines.append("    " * (depth + 1) + "pass")
    lines += ["    " * depth + line for line in orelse.splitlines()]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("source, message", [
    ("x = " + "(" * 201 + "1" + ")" * 201 + "\n", "too many nested parentheses"),
    ("x = " + "([" * 100 + "(1)" + "])" * 100 + "\n", "too many nested parentheses"),
    (nested_loops(21), "too many statically nested blocks"),
    ("".join("    " * d + "while x:\n" for d in range(21)) + "    " * 21 + "pass\n",
     "too many statically nested blocks"),  # at module level too
])
def test_cpython_nesting_limits(source, message):
    with pytest.raises(CompileError) as info:
        parse(source, "t.py")
    assert message in info.value.message


@pytest.mark.parametrize("source", [
    "x = " + "(" * 200 + "1" + ")" * 200 + "\n",
    nested_loops(20),
    nested_loops(20, "else:\n    while x:\n        pass"),  # an else clause is outside its loop
])
def test_cpython_nesting_limits_reached_but_not_passed(source):
    parse(source, "t.py")


@pytest.mark.parametrize("source", [
    "if x:\n\ty = 1\n\tif y:\n\t\tz = 1\n",  # tabs only
    "if x:\n  \ty = 1\n  \tz = 2\n",  # the same mix on every line
    "if x:\n    y = (1 +\n\t2)\n    z = 3\n",  # a continuation line may use anything
    "if x:\n    y = 1\n\t\n \t# a comment\n    z = 2\n",  # so may blank and comment lines
])
def test_consistent_tabs_parse(source):
    parse(source, "t.py")


def test_diagnostic_format_has_caret_under_column():
    text = format_diagnostic("p.py", "x = 1\nprint(y)\n", Span(2, 7), "name 'y' is not defined")
    assert text == "p.py:2:7: error: name 'y' is not defined\nprint(y)\n      ^\n"


@pytest.mark.parametrize("source, message", [
    ("x = 1\nx = 2.0\n", "would change its type"),
    ("def f(a: float) -> float:\n    return a\nprint(f(1))\n", "must be float, not int"),
    ("def f(a: int) -> int:\n    if a:\n        return 1\n", "may reach its end"),
    ("def f(a: int) -> int:\n    if a:\n        b = 1\n    return b\n", "may be used before it is assigned"),
    ("print(g(1))\ndef g(a: int) -> int:\n    return a\n", "called before its definition"),
    ("x = 1 if True else 2.0\n", "must have one type"),
    ("a = 2\na **= -1\n", "would change its type"),
])
def test_type_errors(source, message):
    with pytest.raises(CompileError) as info:
        to_py_dialect(source, "t.py")
    assert message in info.value.message


def test_irgen_output_verifies_and_names_functions():
    module = to_py_dialect("def f(a: int) -> int:\n    return a * 2\nprint(f(3))\n", "t.py")
    names = [op.sym_name.data for op in module.body.block.ops if hasattr(op, "sym_name")]
    assert names == ["aithon_module_main", "py.f"]


@pytest.mark.parametrize("source, message", [
    ("x = {1: 2}\n", "dicts are not supported by AIthon yet"),
    ("x = {}\n", "dicts are not supported by AIthon yet"),
    ("x = {1, 2}\n", "sets are not supported by AIthon yet"),
    ("x = [1]\n", "lists are not supported by AIthon yet"),
    ("x = 1j\n", "complex numbers are not supported by AIthon yet"),
    ("x = 1_0J\n", "complex numbers are not supported by AIthon yet"),
    ("x = 1\ny = x.real\n", "attribute access is not supported on an int by AIthon yet"),
    ("x = ...\n", "Ellipsis is not supported by AIthon yet"),
    ("print(abs(1))\n", "the builtin 'abs' is not supported by AIthon yet"),
    ("print(x)\n", "name 'x' is not defined"),
    ("print(x)\nx = 1\n", "name 'x' may be used before it is assigned"),
    ("y = print\n", "functions are not values yet: call 'print(...)'"),
])
def test_refusals_name_the_construct(source, message):
    with pytest.raises(CompileError) as info:
        to_py_dialect(source, "t.py")
    assert info.value.message == message

"""Constant folding agrees with CPython; the pass registry resolves pipelines."""

import pytest

from aithon.compiler import run_passes, to_py_dialect
from aithon.dialects import py
from aithon.passes.registry import PIPELINES, expand


def folded_constants(expression: str):
    module = to_py_dialect(f"print({expression})\n", "t.py")
    run_passes(module, ["py-fold-constants"])
    printed = [op for op in module.walk() if isinstance(op, py.PrintOp)]
    return printed[0].value.owner


@pytest.mark.parametrize("expression", [
    "-7 // 2", "-7 % 2", "7 % -2", "-7.5 // 2.0", "-7.5 % 2.0", "2 ** 100", "3 ** 0",
    "1 / 3", "10 / 5", "2 ** -1", "-(2 ** 63)", "True + True", "0.1 + 0.2", "1 < 2.5",
])
def test_folding_matches_cpython(expression):
    op = folded_constants(expression)
    assert isinstance(op, (py.IntConstantOp, py.FloatConstantOp, py.BoolConstantOp)), expression
    value = op.value.data
    expected = eval(expression)  # noqa: S307 - literal arithmetic only
    assert value == expected and type(value if not isinstance(op, py.BoolConstantOp) else bool(value)) is type(expected)


@pytest.mark.parametrize("expression", ["1 // 0", "1 % 0", "1.0 / 0.0", "10.0 ** 400"])
def test_raising_operations_are_left_for_run_time(expression):
    op = folded_constants(expression)
    assert not isinstance(op, (py.IntConstantOp, py.FloatConstantOp))


def test_pipelines_expand_to_registered_passes():
    assert expand(["py-lower"]) == PIPELINES["py-lower"]
    with pytest.raises(KeyError):
        expand(["no-such-pass"])

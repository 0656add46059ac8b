"""Verifiers and properties of the `py` dialect."""

import math

import pytest
from xdsl.dialects.builtin import BytesAttr
from xdsl.parser import Parser
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from aithon.compiler import context
from aithon.dialects import py


def parse_module(text: str):
    return Parser(context(), text, "t.mlir").parse_module()


@pytest.mark.parametrize("body, message", [
    ("%0 = py.global_load @py.nope : !py.int", "'@py.nope' does not name a py.global"),
    ("%0 = py.global_load @py.g : !py.int", "'@py.g' holds !py.float, not !py.int"),
    ("%0 = py.int 1\n  py.global_store %0, @py.g : !py.int", "'@py.g' holds !py.float, not !py.int"),
    ("%0 = py.float 1.0\n  py.global_store %0, @f : !py.float", "'@f' does not name a py.global"),
])
def test_global_access_must_name_a_global_of_its_type(body, message):
    module = parse_module(f"py.global @py.g : !py.float\nfunc.func @f() {{\n  {body}\n  func.return\n}}\n")
    with pytest.raises(VerifyException, match=message):
        module.verify()


def test_global_access_of_the_right_type_verifies():
    parse_module(
        "py.global @py.g : !py.float\nfunc.func @f() {\n  %0 = py.global_load @py.g : !py.float\n"
        "  py.global_store %0, @py.g : !py.float\n  func.return\n}\n"
    ).verify()


def test_int_to_float_is_not_pure_since_it_can_raise():
    assert not py.IntToFloatOp.has_trait(Pure)


@pytest.mark.parametrize("value", [1e-05, 1e16, 5e-324, -0.0, math.inf, -math.inf])
def test_float_constant_value_is_the_double(value):
    op = py.FloatConstantOp(value)
    assert op.value.data == value and math.copysign(1, op.value.data) == math.copysign(1, value)


def test_print_str_decodes_text_parsed_as_bytes():
    op = py.PrintStrOp("x")
    op.properties["text"] = BytesAttr("héllo".encode())
    op.verify()
    assert op.text.data == "héllo"
    op.properties["text"] = BytesAttr(b"\xff")
    with pytest.raises(VerifyException, match="UTF-8"):
        op.verify()

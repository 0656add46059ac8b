"""The `py` dialect: typed Python values and the operations on them.

Every value has one of the static Python types below; every op has the exact
semantics of the Python operation it names (floor division rounds toward
negative infinity, `int` is arbitrary precision, ...).  Operands of a binary
arithmetic op always have the same type: irgen inserts `py.int_to_float` or
`py.bool_to_int` where Python promotes implicitly, so a lowering never has to
guess.  Control flow is not part of the dialect: functions are `func.func`
with `cf` branches between blocks, and `py.is_true` turns a Python value into
the `i1` a branch needs.
"""

from __future__ import annotations

from typing import ClassVar

from xdsl.dialects.builtin import (
    ArrayAttr,
    BytesAttr,
    FloatAttr,
    FloatData,
    Float64Type,
    IntAttr,
    IntegerType,
    StringAttr,
    SymbolNameConstraint,
    SymbolRefAttr,
    UnitAttr,
    f64,
    i1,
)
from xdsl.ir import Attribute, Dialect, Operation, ParametrizedAttribute, TypeAttribute
from xdsl.irdl import (
    IRDLOperation,
    VarConstraint,
    base,
    irdl_attr_definition,
    irdl_op_definition,
    operand_def,
    prop_def,
    result_def,
    traits_def,
    var_operand_def,
    var_result_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import Pure, SymbolOpInterface, SymbolTable, SymbolUserOpInterface
from xdsl.utils.exceptions import VerifyException

from aithon.dialects.actor import DownType, ExitType, PidType, ReasonType, verify_actor_callee
from aithon.runtime_codes import is_small

# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------


@irdl_attr_definition
class IntType(ParametrizedAttribute, TypeAttribute):
    """Python `int`: arbitrary precision (a tagged word once lowered)."""

    name = "py.int"


@irdl_attr_definition
class FloatType(ParametrizedAttribute, TypeAttribute):
    """Python `float`: an IEEE-754 double."""

    name = "py.float"


@irdl_attr_definition
class BoolType(ParametrizedAttribute, TypeAttribute):
    """Python `bool`."""

    name = "py.bool"


@irdl_attr_definition
class NoneType(ParametrizedAttribute, TypeAttribute):
    """The type of `None`."""

    name = "py.none"


@irdl_attr_definition
class RefType(ParametrizedAttribute, TypeAttribute):
    """The address of a local variable's slot, holding a value of `pointee`."""

    name = "py.ref"
    pointee: Attribute

    def __init__(self, pointee: Attribute):
        super().__init__(pointee)


@irdl_attr_definition
class TupleType(ParametrizedAttribute, TypeAttribute):
    """`!py.tuple<!py.int, !actor.pid>`: an immutable tuple of known length
    and element types (a struct value once lowered)."""

    name = "py.tuple"
    elements: ArrayAttr

    def __init__(self, elements):
        super().__init__(ArrayAttr(list(elements)))

    @property
    def types(self) -> list[Attribute]:
        return list(self.elements.data)

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            printer.print_list(self.elements.data, printer.print_attribute)

    @classmethod
    def parse_parameters(cls, parser: Parser) -> list[Attribute]:
        types = parser.parse_comma_separated_list(parser.Delimiter.ANGLE, parser.parse_type)
        return [ArrayAttr(types)]


INT = IntType()
FLOAT = FloatType()
BOOL = BoolType()
NONE = NoneType()

Numeric = base(IntType) | base(FloatType)
AnyValue = (base(IntType) | base(FloatType) | base(BoolType) | base(NoneType) | base(TupleType)
            | base(PidType) | base(ReasonType) | base(ExitType) | base(DownType))
# Values compared by identity only (== and !=): pids and exit reasons.
Identity = base(PidType) | base(ReasonType)
IDENTITY_TYPES = (PidType, ReasonType)


# ---------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------


@irdl_op_definition
class IntConstantOp(IRDLOperation):
    """An `int` literal of any size: `%0 = py.int 42`."""

    name = "py.int"
    value = prop_def(IntAttr)
    result = result_def(IntType)
    traits = traits_def(Pure())

    def __init__(self, value: int):
        super().__init__(properties={"value": IntAttr(value)}, result_types=[INT])

    # Custom syntax: the builtin integer attribute parser is limited to 64 bits.
    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.value.data}")
        printer.print_op_attributes(self.attributes)

    @classmethod
    def parse(cls, parser: Parser) -> IntConstantOp:
        op = cls(parser.parse_integer(allow_boolean=False))
        op.attributes.update(parser.parse_optional_attr_dict())
        return op


@irdl_op_definition
class FloatConstantOp(IRDLOperation):
    """A `float` literal: `%0 = py.float 1.5`."""

    name = "py.float"
    # A builtin f64 FloatAttr, because its generic form re-parses (inf and nan
    # are printed in hex); FloatData's generic form does not.
    value_attr = prop_def(FloatAttr[Float64Type], prop_name="value")
    result = result_def(FloatType)
    traits = traits_def(Pure())

    def __init__(self, value: float):
        super().__init__(properties={"value": FloatAttr(value, f64)}, result_types=[FLOAT])

    @property
    def value(self) -> FloatData:
        """The double as FloatData: `op.value.data`, as for py.int and py.bool."""
        return self.value_attr.value

    # repr() round-trips every double; inf and nan are spelled as in Python.
    # MLIR's float syntax wants a '.' before an exponent: 1e+16 prints 1.0e+16.
    def print(self, printer: Printer) -> None:
        text = repr(self.value.data)
        mantissa, e, exponent = text.partition("e")
        if e and "." not in mantissa:
            text = f"{mantissa}.0e{exponent}"
        printer.print_string(f" {text}")
        printer.print_op_attributes(self.attributes)

    @classmethod
    def parse(cls, parser: Parser) -> FloatConstantOp:
        if (word := parser.parse_optional_identifier()) is not None:
            if word not in ("inf", "nan"):
                parser.raise_error("expected a float, inf or nan")
            value = float(word)
        else:
            negative = parser.parse_optional_punctuation("-") is not None
            if negative and parser.parse_optional_keyword("inf") is not None:
                value = float("-inf")
            else:
                value = float(parser.parse_number())
                value = -value if negative else value
        op = cls(value)
        op.attributes.update(parser.parse_optional_attr_dict())
        return op


@irdl_op_definition
class BoolConstantOp(IRDLOperation):
    """`True` or `False`: `%0 = py.bool true`."""

    name = "py.bool"
    value = prop_def(IntAttr)
    result = result_def(BoolType)
    traits = traits_def(Pure())

    def __init__(self, value: bool):
        super().__init__(properties={"value": IntAttr(int(value))}, result_types=[BOOL])

    def verify_(self) -> None:
        if self.value.data not in (0, 1):
            raise VerifyException("py.bool holds 0 (False) or 1 (True)")

    def print(self, printer: Printer) -> None:
        printer.print_string(" true" if self.value.data else " false")
        printer.print_op_attributes(self.attributes)

    @classmethod
    def parse(cls, parser: Parser) -> BoolConstantOp:
        op = cls(parser.parse_boolean())
        op.attributes.update(parser.parse_optional_attr_dict())
        return op


@irdl_op_definition
class NoneConstantOp(IRDLOperation):
    """`None`: `%0 = py.none`."""

    name = "py.none"
    result = result_def(NoneType)
    traits = traits_def(Pure())
    assembly_format = "attr-dict"

    def __init__(self):
        super().__init__(result_types=[NONE])


# ---------------------------------------------------------------------------
# Arithmetic
# ---------------------------------------------------------------------------


class BinaryArithOp(IRDLOperation):
    """`lhs <op> rhs` on two ints or two floats, with a result of the same type."""

    T: ClassVar = VarConstraint("T", Numeric)
    lhs = operand_def(T)
    rhs = operand_def(T)
    result = result_def(T)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($result)"

    def __init__(self, lhs, rhs):
        super().__init__(operands=[lhs, rhs], result_types=[lhs.type])


@irdl_op_definition
class AddOp(BinaryArithOp):
    """Python `+`."""

    name = "py.add"


@irdl_op_definition
class SubOp(BinaryArithOp):
    """Python `-`."""

    name = "py.sub"


@irdl_op_definition
class MulOp(BinaryArithOp):
    """Python `*`."""

    name = "py.mul"


@irdl_op_definition
class FloorDivOp(BinaryArithOp):
    """Python `//`: rounds toward negative infinity; raises ZeroDivisionError."""

    name = "py.floordiv"


@irdl_op_definition
class ModOp(BinaryArithOp):
    """Python `%`: the result has the sign of the divisor."""

    name = "py.mod"


@irdl_op_definition
class PowOp(BinaryArithOp):
    """Python `**`.  For ints the exponent must be non-negative at run time."""

    name = "py.pow"


@irdl_op_definition
class TrueDivOp(IRDLOperation):
    """Python `/`: always a float, correctly rounded even for big ints."""

    name = "py.truediv"
    T: ClassVar = VarConstraint("T", Numeric)
    lhs = operand_def(T)
    rhs = operand_def(T)
    result = result_def(FloatType)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($lhs)"

    def __init__(self, lhs, rhs):
        super().__init__(operands=[lhs, rhs], result_types=[FLOAT])


@irdl_op_definition
class NegOp(IRDLOperation):
    """Unary `-`."""

    name = "py.neg"
    T: ClassVar = VarConstraint("T", Numeric)
    operand = operand_def(T)
    result = result_def(T)
    assembly_format = "$operand attr-dict `:` type($result)"

    def __init__(self, operand):
        super().__init__(operands=[operand], result_types=[operand.type])


# ---------------------------------------------------------------------------
# Small-int facts (for loop versioning)
# ---------------------------------------------------------------------------


@irdl_op_definition
class IntIsSmallOp(IRDLOperation):
    """True when every operand is a small int: one held inline in a machine
    word once lowered, not a pointer to a big int (docs/integers.md).

    This exposes the representation on purpose: a compiler that has checked
    it once may then mark values derived from these ints as small with
    `py.assume_small`, and their operations lose their tag tests.
    """

    name = "py.int_is_small"
    values = var_operand_def(INT)
    result = result_def(IntegerType(1))
    traits = traits_def(Pure())
    assembly_format = "$values attr-dict"

    def __init__(self, values):
        super().__init__(operands=[list(values)], result_types=[i1])

    def verify_(self) -> None:
        if not self.values:
            raise VerifyException("py.int_is_small needs at least one operand")


@irdl_op_definition
class AssumeSmallOp(IRDLOperation):
    """`operand` itself, which the compiler has proved to be a small int.

    Like `llvm.assume`, the promise is not checked: a big int here is
    undefined behaviour.  Only passes that can prove it may create one
    (irgen's versioned range loops: see docs/dialect-py.md, "Range loops").
    """

    name = "py.assume_small"
    operand = operand_def(INT)
    result = result_def(INT)
    traits = traits_def(Pure())
    assembly_format = "$operand attr-dict"

    def __init__(self, operand):
        super().__init__(operands=[operand], result_types=[INT])


@irdl_op_definition
class AssumeInRangeOp(IRDLOperation):
    """`operand` itself, which the compiler has proved to be an int with
    lo <= operand < hi (so a small int: lo and hi are small).

    `%r = py.assume_in_range %x, 0, 7`.  Like `py.assume_small`, the promise
    is not checked.  irgen's versioned range loops create it for a variable
    the loop only ever assigns `x = ... % C` (docs/dialect-py.md, "Range
    loops"): then LLVM can drop overflow checks and the sign fix-up of `%`.
    """

    name = "py.assume_in_range"
    operand = operand_def(INT)
    lo = prop_def(IntAttr)
    hi = prop_def(IntAttr)
    result = result_def(INT)
    traits = traits_def(Pure())

    def __init__(self, operand, lo: int, hi: int):
        super().__init__(operands=[operand], properties={"lo": IntAttr(lo), "hi": IntAttr(hi)},
                         result_types=[INT])

    def verify_(self) -> None:
        lo, hi = self.lo.data, self.hi.data
        if lo >= hi:
            raise VerifyException(f"py.assume_in_range needs lo < hi, got [{lo}, {hi})")
        if not (is_small(lo) and is_small(hi - 1)):
            raise VerifyException(f"py.assume_in_range bounds must be small ints, got [{lo}, {hi})")

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.operand)
        printer.print_string(f", {self.lo.data}, {self.hi.data}")
        printer.print_op_attributes(self.attributes)

    @classmethod
    def parse(cls, parser: Parser) -> AssumeInRangeOp:
        operand = parser.parse_operand()
        parser.parse_punctuation(",")
        lo = parser.parse_integer(allow_boolean=False)
        parser.parse_punctuation(",")
        hi = parser.parse_integer(allow_boolean=False)
        op = cls(operand, lo, hi)
        op.attributes.update(parser.parse_optional_attr_dict())
        return op


# ---------------------------------------------------------------------------
# Conversions and truth
# ---------------------------------------------------------------------------


@irdl_op_definition
class IntToFloatOp(IRDLOperation):
    """The implicit promotion of an int operand to float (correctly rounded)."""

    name = "py.int_to_float"
    operand = operand_def(IntType)
    result = result_def(FloatType)
    # Not Pure: it raises OverflowError for an int beyond the double range,
    # so an unused one must not be erased.
    assembly_format = "$operand attr-dict"

    def __init__(self, operand):
        super().__init__(operands=[operand], result_types=[FLOAT])


@irdl_op_definition
class BoolToIntOp(IRDLOperation):
    """A bool used as a number: True is 1, False is 0."""

    name = "py.bool_to_int"
    operand = operand_def(BoolType)
    result = result_def(IntType)
    traits = traits_def(Pure())
    assembly_format = "$operand attr-dict"

    def __init__(self, operand):
        super().__init__(operands=[operand], result_types=[INT])


@irdl_op_definition
class IsTrueOp(IRDLOperation):
    """Python truth testing (`bool(x)`), as the `i1` a branch consumes."""

    name = "py.is_true"
    operand = operand_def(AnyValue)
    result = result_def(IntegerType(1))
    traits = traits_def(Pure())
    assembly_format = "$operand attr-dict `:` type($operand)"

    def __init__(self, operand):
        super().__init__(operands=[operand], result_types=[i1])


@irdl_op_definition
class NotOp(IRDLOperation):
    """Python `not x` for a value of any type."""

    name = "py.not"
    operand = operand_def(AnyValue)
    result = result_def(BoolType)
    traits = traits_def(Pure())
    assembly_format = "$operand attr-dict `:` type($operand)"

    def __init__(self, operand):
        super().__init__(operands=[operand], result_types=[BOOL])


@irdl_op_definition
class CmpOp(IRDLOperation):
    """`lhs <predicate> rhs` on two numbers, exact even between int and float.

    predicate is one of lt, le, gt, ge, eq, ne.  The operands may be int/int,
    float/float or mixed int/float (compared exactly, as CPython does; no
    rounding of the int).  Bools are converted to int by irgen.
    """

    name = "py.cmp"
    PREDICATES: ClassVar = ("lt", "le", "gt", "ge", "eq", "ne")
    predicate = prop_def(StringAttr)
    lhs = operand_def(Numeric | Identity)
    rhs = operand_def(Numeric | Identity)
    result = result_def(BoolType)
    traits = traits_def(Pure())

    def __init__(self, predicate: str, lhs, rhs):
        super().__init__(
            operands=[lhs, rhs],
            properties={"predicate": StringAttr(predicate)},
            result_types=[BOOL],
        )

    # `py.cmp lt, %a, %b : !py.int, !py.float`: the predicate as a bare word.
    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.predicate.data}, ")
        printer.print_operand(self.lhs)
        printer.print_string(", ")
        printer.print_operand(self.rhs)
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.lhs.type)
        printer.print_string(", ")
        printer.print_attribute(self.rhs.type)

    @classmethod
    def parse(cls, parser: Parser) -> CmpOp:
        predicate = parser.parse_identifier()
        parser.parse_punctuation(",")
        lhs = parser.parse_unresolved_operand()
        parser.parse_punctuation(",")
        rhs = parser.parse_unresolved_operand()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        lhs_type = parser.parse_type()
        parser.parse_punctuation(",")
        rhs_type = parser.parse_type()
        op = cls(
            predicate,
            parser.resolve_operand(lhs, lhs_type),
            parser.resolve_operand(rhs, rhs_type),
        )
        op.attributes.update(attrs)
        return op

    def verify_(self) -> None:
        if self.predicate.data not in self.PREDICATES:
            raise VerifyException(
                f"unknown predicate '{self.predicate.data}', "
                f"expected one of {', '.join(self.PREDICATES)}"
            )
        identities = [isinstance(t, IDENTITY_TYPES) for t in (self.lhs.type, self.rhs.type)]
        if any(identities) and not (self.lhs.type == self.rhs.type
                                    and self.predicate.data in ("eq", "ne")):
            raise VerifyException("pids and reasons compare only with their own kind, by eq or ne")


# ---------------------------------------------------------------------------
# Tuples
# ---------------------------------------------------------------------------


@irdl_op_definition
class MakeTupleOp(IRDLOperation):
    """`(a, b)`: `%t = py.tuple %a, %b : !py.tuple<!py.int, !py.float>`."""

    name = "py.tuple"
    elements = var_operand_def(AnyValue)
    result = result_def(TupleType)
    traits = traits_def(Pure())

    def __init__(self, elements):
        elements = list(elements)
        super().__init__(operands=[elements], result_types=[TupleType([e.type for e in elements])])

    # The element types are the tuple type's: printed once.
    def print(self, printer: Printer) -> None:
        if self.elements:
            printer.print_string(" ")
            printer.print_list(self.elements, printer.print_operand)
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.result.type)

    @classmethod
    def parse(cls, parser: Parser) -> MakeTupleOp:
        operands = parser.parse_optional_undelimited_comma_separated_list(
            parser.parse_optional_unresolved_operand, parser.parse_unresolved_operand) or []
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        tuple_type = parser.parse_type()
        if not isinstance(tuple_type, TupleType) or len(tuple_type.types) != len(operands):
            parser.raise_error("py.tuple needs a !py.tuple type with one element per operand")
        op = cls(parser.resolve_operand(o, t) for o, t in zip(operands, tuple_type.types))
        op.attributes.update(attrs)
        return op

    def verify_(self) -> None:
        if [e.type for e in self.elements] != self.result.type.types:
            raise VerifyException("py.tuple element types must match the result type")


@irdl_op_definition
class TupleGetOp(IRDLOperation):
    """`t[i]` with a constant index (counted from 0; irgen resolves negative
    ones): `%x = py.tuple_get %t[1] : !py.tuple<!py.int, !py.float> -> !py.float`."""

    name = "py.tuple_get"
    tuple_value = operand_def(TupleType)
    index = prop_def(IntAttr)
    result = result_def(AnyValue)
    traits = traits_def(Pure())

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.tuple_value)
        printer.print_string(f"[{self.index.data}]")
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.tuple_value.type)
        printer.print_string(" -> ")
        printer.print_attribute(self.result.type)

    @classmethod
    def parse(cls, parser: Parser) -> TupleGetOp:
        operand = parser.parse_unresolved_operand()
        parser.parse_punctuation("[")
        index = parser.parse_integer(allow_boolean=False, allow_negative=False)
        parser.parse_punctuation("]")
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        tuple_type = parser.parse_type()
        parser.parse_punctuation("->")
        result_type = parser.parse_type()
        if not isinstance(tuple_type, TupleType) or index >= len(tuple_type.types):
            parser.raise_error(f"py.tuple_get index {index} is out of range for {tuple_type}")
        op = cls(parser.resolve_operand(operand, tuple_type), index)
        if op.result.type != result_type:
            parser.raise_error("py.tuple_get result type must be the element's type")
        op.attributes.update(attrs)
        return op

    def __init__(self, tuple_value, index: int):
        super().__init__(operands=[tuple_value], properties={"index": IntAttr(index)},
                         result_types=[tuple_value.type.types[index]])

    def verify_(self) -> None:
        types = self.tuple_value.type.types
        if not 0 <= self.index.data < len(types):
            raise VerifyException(f"py.tuple_get index {self.index.data} out of range "
                                  f"for a tuple of {len(types)}")
        if self.result.type != types[self.index.data]:
            raise VerifyException("py.tuple_get result type must be the element's type")


# ---------------------------------------------------------------------------
# Variables
# ---------------------------------------------------------------------------


@irdl_op_definition
class AllocaOp(IRDLOperation):
    """A slot for the local variable `var_name` in the current function frame."""

    name = "py.alloca"
    var_name = prop_def(StringAttr)
    result = result_def(RefType)
    assembly_format = "$var_name attr-dict `:` type($result)"

    def __init__(self, var_name: str, value_type: Attribute):
        super().__init__(
            properties={"var_name": StringAttr(var_name)},
            result_types=[RefType(value_type)],
        )


@irdl_op_definition
class LoadOp(IRDLOperation):
    """Read a local variable's slot."""

    name = "py.load"
    ref = operand_def(RefType)
    result = result_def(AnyValue)
    assembly_format = "$ref attr-dict `:` type($ref) `->` type($result)"

    def __init__(self, ref):
        super().__init__(operands=[ref], result_types=[ref.type.pointee])

    def verify_(self) -> None:
        if self.ref.type.pointee != self.result.type:
            raise VerifyException("py.load result type must be the slot's type")


@irdl_op_definition
class StoreOp(IRDLOperation):
    """Write a local variable's slot."""

    name = "py.store"
    value = operand_def(AnyValue)
    ref = operand_def(RefType)
    assembly_format = "$value `,` $ref attr-dict `:` type($value) `,` type($ref)"

    def __init__(self, value, ref):
        super().__init__(operands=[value, ref])

    def verify_(self) -> None:
        if self.ref.type.pointee != self.value.type:
            raise VerifyException("py.store value type must be the slot's type")


@irdl_op_definition
class GlobalOp(IRDLOperation):
    """A module-level variable `sym_name` of type `value_type`."""

    name = "py.global"
    sym_name = prop_def(SymbolNameConstraint())
    value_type = prop_def(base(Attribute))
    traits = traits_def(SymbolOpInterface())
    assembly_format = "$sym_name `:` $value_type attr-dict"

    def __init__(self, sym_name: str, value_type: Attribute):
        super().__init__(
            properties={"sym_name": StringAttr(sym_name), "value_type": value_type}
        )


class GlobalUser(SymbolUserOpInterface):
    """py.global_load/store: the symbol must be a py.global of the value's type."""

    def verify(self, op: Operation) -> None:
        assert isinstance(op, GlobalLoadOp | GlobalStoreOp)
        name = op.global_name.string_value()
        # A linear scan of the module's top level, where irgen puts the globals first.
        target = SymbolTable.lookup_symbol(op, op.global_name)
        if not isinstance(target, GlobalOp):
            raise VerifyException(f"{op.name}: '@{name}' does not name a py.global")
        if target.value_type != op.value_type:
            raise VerifyException(
                f"{op.name}: '@{name}' holds {target.value_type}, not {op.value_type}"
            )


@irdl_op_definition
class GlobalLoadOp(IRDLOperation):
    """Read a module-level variable.

    With the `checked` attribute the load first verifies that the variable was
    assigned (NameError otherwise); irgen omits it where that is provable.
    """

    name = "py.global_load"
    global_name = prop_def(SymbolRefAttr)
    result = result_def(AnyValue)
    traits = traits_def(GlobalUser())
    assembly_format = "$global_name attr-dict `:` type($result)"

    def __init__(self, global_name: str, value_type: Attribute, checked: bool):
        super().__init__(
            properties={"global_name": SymbolRefAttr(global_name)},
            result_types=[value_type],
        )
        if checked:
            self.attributes["checked"] = UnitAttr()

    @property
    def checked(self) -> bool:
        return "checked" in self.attributes

    @property
    def value_type(self) -> Attribute:
        return self.result.type


@irdl_op_definition
class GlobalStoreOp(IRDLOperation):
    """Write a module-level variable."""

    name = "py.global_store"
    global_name = prop_def(SymbolRefAttr)
    value = operand_def(AnyValue)
    traits = traits_def(GlobalUser())
    assembly_format = "$value `,` $global_name attr-dict `:` type($value)"

    def __init__(self, value, global_name: str):
        super().__init__(
            operands=[value], properties={"global_name": SymbolRefAttr(global_name)}
        )

    @property
    def value_type(self) -> Attribute:
        return self.value.type


# ---------------------------------------------------------------------------
# Output and errors
# ---------------------------------------------------------------------------


@irdl_op_definition
class PrintOp(IRDLOperation):
    """Write `str(value)` to stdout (no separator, no newline)."""

    name = "py.print"
    value = operand_def(AnyValue)
    assembly_format = "$value attr-dict `:` type($value)"

    def __init__(self, value):
        super().__init__(operands=[value])

    def verify_(self) -> None:
        if isinstance(self.value.type, TupleType):
            raise VerifyException("py.print takes a scalar: irgen prints a tuple item by item")


@irdl_op_definition
class PrintStrOp(IRDLOperation):
    """Write a string literal to stdout: `py.print_str "a\\n"`."""

    name = "py.print_str"
    # MLIR prints non-ASCII text as escaped UTF-8 bytes ("h\C3\A9llo"), and
    # xDSL's generic parser reads such a literal back as a BytesAttr: accept
    # that too and decode it in `text`.
    text_attr = prop_def(StringAttr | BytesAttr, prop_name="text")

    def __init__(self, text: str):
        super().__init__(properties={"text": StringAttr(text)})

    @property
    def text(self) -> StringAttr:
        """The text to print, whichever way it was parsed."""
        if isinstance(self.text_attr, BytesAttr):
            return StringAttr(self.text_attr.data.decode("utf-8"))
        return self.text_attr

    def verify_(self) -> None:
        if isinstance(self.text_attr, BytesAttr):
            try:
                self.text_attr.data.decode("utf-8")
            except UnicodeDecodeError:
                raise VerifyException("py.print_str text must be UTF-8") from None

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_string_literal(self.text.data)
        printer.print_op_attributes(self.attributes)

    @classmethod
    def parse(cls, parser: Parser) -> PrintStrOp:
        op = cls(_parse_utf8_literal(parser))
        op.attributes.update(parser.parse_optional_attr_dict())
        return op


def _parse_utf8_literal(parser: Parser) -> str:
    """A string literal, escapes included; xDSL's lexer makes one with escaped
    non-ASCII bytes a bytes literal, so decode those as UTF-8."""
    if (text := parser.parse_optional_str_literal()) is not None:
        return text
    pos = parser.pos
    if (data := parser.parse_optional_bytes_literal()) is None:
        parser.raise_error("string literal expected")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        parser.raise_error("py.print_str text must be UTF-8", pos)


@irdl_op_definition
class RaiseOp(IRDLOperation):
    """Raise a built-in exception by its runtime code (see runtime.h).

    The op does not return; irgen follows it with a `cf` branch to nowhere
    useful only because a block needs a terminator.
    """

    name = "py.raise"
    code = prop_def(IntAttr)

    def __init__(self, code: int):
        super().__init__(properties={"code": IntAttr(code)})

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.code.data}")
        printer.print_op_attributes(self.attributes)

    @classmethod
    def parse(cls, parser: Parser) -> RaiseOp:
        op = cls(parser.parse_integer(allow_boolean=False))
        op.attributes.update(parser.parse_optional_attr_dict())
        return op


# ---------------------------------------------------------------------------
# Async functions
# ---------------------------------------------------------------------------

# The unit attribute irgen puts on the `func.func` of an `async def`.
ASYNC_ATTR = "py.async"


@irdl_op_definition
class AwaitOp(IRDLOperation):
    """`await f(args)`: run the async function `f` and wait for its result.

    `py.await @py.worker(%x) : (!py.int) -> !py.int`.  The callee must be a
    `func.func` marked `py.async` whose signature matches; a function
    returning None has no result here.  `async-to-actor` turns this into an
    actor spawn and an await of that actor (docs/dialect-actor.md).
    """

    name = "py.await"
    arguments = var_operand_def(AnyValue)
    callee = prop_def(SymbolRefAttr)
    res = var_result_def(AnyValue)
    assembly_format = "$callee `(` $arguments `)` attr-dict `:` functional-type($arguments, $res)"

    def __init__(self, callee: str, arguments, result_types):
        super().__init__(operands=[arguments], result_types=[result_types],
                         properties={"callee": SymbolRefAttr(callee)})

    def verify_(self) -> None:
        if len(self.res) > 1:
            raise VerifyException("py.await has at most one result")
        target = SymbolTable.lookup_symbol(self, self.callee)
        if target is None:
            verify_actor_callee(self, self.callee, self.arguments)  # not defined (in a module)
            return
        if ASYNC_ATTR not in target.attributes:
            raise VerifyException(f"py.await callee {self.callee} is not an async function")
        inputs = [a.type for a in self.arguments]
        outputs = [r.type for r in self.res]
        if list(target.function_type.inputs.data) != inputs or \
                list(target.function_type.outputs.data) != outputs:
            raise VerifyException(f"py.await types do not match {self.callee}'s signature")


Py = Dialect(
    "py",
    [
        IntConstantOp,
        FloatConstantOp,
        BoolConstantOp,
        NoneConstantOp,
        AddOp,
        SubOp,
        MulOp,
        FloorDivOp,
        ModOp,
        PowOp,
        TrueDivOp,
        NegOp,
        IntIsSmallOp,
        AssumeSmallOp,
        AssumeInRangeOp,
        IntToFloatOp,
        BoolToIntOp,
        IsTrueOp,
        NotOp,
        CmpOp,
        AllocaOp,
        LoadOp,
        StoreOp,
        GlobalOp,
        GlobalLoadOp,
        GlobalStoreOp,
        PrintOp,
        PrintStrOp,
        RaiseOp,
        AwaitOp,
        MakeTupleOp,
        TupleGetOp,
    ],
    [IntType, FloatType, BoolType, NoneType, RefType, TupleType],
)

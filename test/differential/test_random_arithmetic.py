"""Randomized differential test of int, float and bool arithmetic.

A generator with a fixed seed writes a few programs. Each one prints a few
hundred arithmetic expressions, with operands taken from the places where
compilers get arithmetic wrong:

- ints at the edges of the tagged small range (2**62 - 1, -2**62), of int64
  (2**63 - 1, -2**63) and of doubles (2**53 + 1), small and big, both signs,
  and operand pairs whose sum or product lands right at a range edge;
- int / int true division, including ties and subnormal or huge quotients;
- ints compared with and mixed into floats, including nan, inf, 1e300 and ints
  that do not convert to a double exactly;
- random doubles (random bit patterns, subnormals, huge values, -0.0) under
  + - * / // % **, and bools used as numbers.

Every program is compiled by AIthon (-O2; the first one also -O0), and its
stdout must be byte for byte what `python3` prints for the same file. One more
program ends with an integer division by zero: its exit status and last stderr
line must be CPython's as well.

AIthon folds arithmetic on literals at compile time, and LLVM propagates the
values of plain module variables, so an operand is written in one of three
ways (chosen at random):

- run time: `a0 = ZERO + 5`, where ZERO comes from a big-int runtime call
  that the optimisers cannot see through, so the inline fast paths and the
  runtime slow paths really run;
- module variable: `a0 = 5` (LLVM may fold what follows);
- literal: `5` written straight into the expression (AIthon's folder).

The expressions use the operators directly (`a0 + b0`) or through typed helper
functions (`int_int_add(a0, b0)`). Expressions that raise in CPython (division
by zero, float overflow, complex powers) are left out: the generator evaluates
each one with Python first.

The seed is fixed, so a failure is reproducible. Set AITHON_RANDOM_SEED to try
other seeds; the failure message names the seed and the generated program.
"""

from __future__ import annotations

import math
import os
import random
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from harness import build_and_run, last_line

SEED = int(os.environ.get("AITHON_RANDOM_SEED", "20240611"))
PROGRAMS = 4
EXPRESSIONS_PER_PROGRAM = 400

INF = math.inf
NAN = math.nan

# ---------------------------------------------------------------------------
# Operand values
# ---------------------------------------------------------------------------

INT_EDGES = [
    0, 1, -1, 2, -2, 3, -3, 7, -7,
    2**31, -2**31, 2**32, 2**53, 2**53 + 1, -(2**53 + 1),
    2**62 - 1, -(2**62 - 1), -2**62, 2**62, 2**62 + 1, -2**62 - 1,
    2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, -2**64,
    2**100, -2**100,
]

# Ints whose conversion to a double rounds (ties go to even), or overflows.
INT_ROUNDING = [
    2**53 + 1, 2**53 + 3, -(2**53 + 3), 2**54 + 2, 2**54 + 6, 2**63 - 1, 2**64 - 1, 2**64 + 1,
    (2**53 + 1) * 2**100, (2**53 + 3) * 2**100 - 1, 2**1024 - 2**970 - 1, 2**1024 - 2**970,
    10**22, 10**23, 10**300, -10**308, 2**1023,
]

# Ints for comparisons with floats: exactness matters, size does not.
INT_VERSUS_FLOAT = INT_ROUNDING + [
    2**53 - 1, 2**62, -2**63, 2**100 + 1, 10**301, 2**1024, -10**400, 10**400,
]

FLOAT_EDGES = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.1, -0.1, 1.5, -2.5, 3.0, -7.0, 123456.789,
    1e16, 2.0**53, 2.0**53 + 2, 2.0**62, -2.0**62, 2.0**63, -2.0**63, 2.0**64, 2.0**100,
    1e300, -1e300, 1e-300, 1.7976931348623157e308, -1.7976931348623157e308,
    5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
    INF, -INF, NAN,
]


def bits_to_float(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def random_small_int(rng: random.Random) -> int:
    return rng.randint(-1000, 1000) if rng.random() < 0.5 else rng.randint(-2**31, 2**31)


def random_word_int(rng: random.Random) -> int:
    """A small int that needs most of the 62 bits."""
    return rng.randint(-2**62, 2**62 - 1)


def random_big_int(rng: random.Random, max_bits: int = 300) -> int:
    bits = rng.randint(63, max_bits)
    return rng.choice((1, -1)) * (rng.getrandbits(bits) | 1 << (bits - 1))


def random_int(rng: random.Random) -> int:
    kind = rng.random()
    if kind < 0.45:
        return rng.choice(INT_EDGES)
    if kind < 0.65:
        return random_small_int(rng)
    if kind < 0.8:
        return random_word_int(rng)
    return random_big_int(rng)


def random_float(rng: random.Random) -> float:
    kind = rng.random()
    if kind < 0.35:
        return rng.choice(FLOAT_EDGES)
    if kind < 0.55:  # any bit pattern: every exponent, both signs
        value = bits_to_float(rng.getrandbits(64))
        return value if math.isfinite(value) else rng.choice(FLOAT_EDGES)
    if kind < 0.65:  # subnormal
        return bits_to_float(rng.getrandbits(52) | rng.getrandbits(1) << 63)
    if kind < 0.7:  # huge
        return bits_to_float(rng.getrandbits(52) | rng.randint(2000, 2046) << 52 | rng.getrandbits(1) << 63)
    if kind < 0.85:
        return rng.uniform(-1e6, 1e6)
    if kind < 0.95:
        return float(rng.randint(-2**60, 2**60))
    return rng.random()


# ---------------------------------------------------------------------------
# Operands as source text
# ---------------------------------------------------------------------------

def int_literal(value: int, rng: random.Random) -> str:
    text = hex(value) if rng.random() < 0.1 else str(value)
    return f"({text})" if value < 0 else text


def float_literal(value: float) -> str:
    if math.isnan(value):
        return "(1e400 - 1e400)"
    if math.isinf(value):
        return "1e400" if value > 0 else "(-1e400)"
    text = repr(value)
    return f"({text})" if text.startswith("-") else text


def bool_literal(value: bool) -> str:
    return repr(value)


@dataclass
class Operand:
    value: int | float | bool
    code: str  # how the program writes it: a variable or a literal
    lit: str  # the same value as a literal, for the generator's check and the report

    @property
    def type(self) -> str:
        return type(self.value).__name__


@dataclass
class Expression:
    code: str
    lit: str


def binary(op: str, a: Operand, b: Operand, style: str) -> Expression:
    if style == "call":
        fn = f"{a.type}_{b.type}_{OPERATOR_NAMES[op]}"
        return Expression(f"{fn}({a.code}, {b.code})", f"{fn}({a.lit}, {b.lit})")
    return Expression(f"{a.code} {op} {b.code}", f"{a.lit} {op} {b.lit}")


def negation(a: Operand, style: str) -> Expression:
    if style == "call":
        return Expression(f"neg_{a.type}({a.code})", f"neg_{a.type}({a.lit})")
    return Expression(f"-{a.code}", f"-{a.lit}")


# ---------------------------------------------------------------------------
# Helper functions of the generated programs
# ---------------------------------------------------------------------------

OPERATOR_NAMES = {"+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod",
                  "**": "pow", "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne"}
COMPARISONS = ["<", "<=", ">", ">=", "==", "!="]
INT_ARITHMETIC = ["+", "-", "*", "//", "%"]
TYPES = ["int", "float", "bool"]


def result_type(op: str, a: str, b: str) -> str:
    if op in COMPARISONS:
        return "bool"
    if op == "/" or "float" in (a, b):
        return "float"
    return "int"


def helper_functions() -> dict[str, str]:
    """Every typed helper by name: `def int_float_add(a: int, b: float) -> float: return a + b` etc."""
    helpers = {}
    for a in TYPES:
        for b in TYPES:
            for op, name in OPERATOR_NAMES.items():
                helpers[f"{a}_{b}_{name}"] = (f"def {a}_{b}_{name}(a: {a}, b: {b}) -> {result_type(op, a, b)}:\n"
                                              f"    return a {op} b\n")
        helpers[f"neg_{a}"] = f"def neg_{a}(a: {a}) -> {'float' if a == 'float' else 'int'}:\n    return -a\n"
    return helpers


HELPERS = helper_functions()
HELPER_NAMESPACE: dict = {}
exec("\n".join(HELPERS.values()), HELPER_NAMESPACE)

PRELUDE = """
# ZERO and ONE come out of the big-int runtime, so neither AIthon's folder nor
# LLVM knows their values: operands built from them are only known at run time.
BIG = 2 ** 64
ZERO = BIG - BIG
ONE = ZERO + 1.0
"""


def evaluates(expression: Expression) -> bool:
    """Whether CPython evaluates the expression to a real number (no exception).

    The generators themselves keep clear of AIthon's documented deviations: an
    int ** int never gets a negative exponent, and a float ** float whose
    result would be complex is dropped here.
    """
    try:
        value = eval(expression.lit, HELPER_NAMESPACE)
    except (ArithmeticError, ValueError):
        return False
    return isinstance(value, (int, float))


# ---------------------------------------------------------------------------
# The program builder
# ---------------------------------------------------------------------------

@dataclass
class Program:
    rng: random.Random
    body: list[str] = field(default_factory=list)
    lines: list[list[Expression]] = field(default_factory=list)  # one per printed line

    def operand(self, name: str, value) -> Operand:
        """`value` as a run-time variable, a module variable or a literal."""
        if isinstance(value, bool):
            lit = bool_literal(value)
            runtime = "ZERO < 1" if value else "ZERO > 1"
        elif isinstance(value, int):
            lit = int_literal(value, self.rng)
            runtime = f"ZERO + {lit}"
        else:
            lit = float_literal(value)
            runtime = f"ONE * {lit}"
        mode = self.rng.random()
        if mode < 0.6:
            self.body.append(f"{name} = {runtime}")
            return Operand(value, name, lit)
        if mode < 0.8:
            self.body.append(f"{name} = {lit}")
            return Operand(value, name, lit)
        return Operand(value, lit, lit)

    def style(self) -> str:
        return self.rng.choice(("call", "inline"))

    def emit(self, expressions: list[Expression]) -> None:
        expressions = [e for e in expressions if evaluates(e)]
        if not expressions:
            return
        self.body.append("print(" + ", ".join(e.code for e in expressions) + ")")
        self.lines.append(expressions)

    @property
    def expression_count(self) -> int:
        return sum(len(line) for line in self.lines)

    def source(self) -> str:
        body = "\n".join(self.body)
        helpers = "\n".join(text for name, text in HELPERS.items() if re.search(rf"\b{name}\(", body))
        return f'"""Generated by {Path(__file__).name}, seed {SEED}."""\n\n{helpers}\n{PRELUDE}\n{body}\n'


# ---------------------------------------------------------------------------
# Line kinds: each adds one printed line of related expressions
# ---------------------------------------------------------------------------

def int_pair(rng: random.Random) -> tuple[int, int]:
    """Two ints, often placed so that a sum, product or quotient hits a range edge."""
    kind = rng.random()
    edges = (2**62, -2**62, 2**63, -2**63)
    if kind < 0.5:
        return random_int(rng), random_int(rng)
    if kind < 0.65:  # a + b near an edge
        b = rng.choice((random_small_int(rng), random_word_int(rng), rng.choice(INT_EDGES)))
        return rng.choice(edges) - b + rng.randint(-2, 2), b
    if kind < 0.85:  # a * b near an edge
        b = rng.choice((2, -2, 3, -3, 7, 2**31, -2**31, 2**32, rng.randint(2, 2**40)))
        return rng.choice(edges) // b + rng.randint(-2, 2), b
    # a // b and a % b by small divisors
    return rng.choice(INT_EDGES + [random_int(rng)]), rng.choice((1, -1, 2, -2, 3, -3, 7, -7, 2**62 - 1, -2**62))


def int_arithmetic_line(p: Program) -> None:
    x, y = int_pair(p.rng)
    a, b = p.operand("a0", x), p.operand("a1", y)
    ops = INT_ARITHMETIC + COMPARISONS
    expressions = [binary(op, a, b, p.style()) for op in ops]
    expressions += [binary(op, b, a, p.style()) for op in p.rng.sample(ops, 3)]
    expressions += [negation(a, p.style()), negation(b, p.style())]
    p.emit(expressions)


def int_power_line(p: Program) -> None:
    """int ** small non-negative int (AIthon's int ** int is an int, so never a negative exponent)."""
    expressions = []
    for i in range(3):
        base = p.rng.choice((random_int(p.rng), p.rng.choice(INT_EDGES), p.rng.randint(-20, 20)))
        exponents = [e for e in (0, 1, 2, 3, 4, 5, 7, 10, 31, 32, 61, 62, 63, 64, 100, 1001)
                     if e * max(abs(base).bit_length(), 1) <= 2500 or abs(base) <= 1]
        a, e = p.operand(f"a{2 * i}", base), p.operand(f"a{2 * i + 1}", p.rng.choice(exponents))
        expressions.append(binary("**", a, e, p.style()))
        expressions.append(Expression(f"-{a.code} ** {e.code}", f"-{a.lit} ** {e.lit}"))
    p.emit(expressions)


def int_tree(p: Program, operands: list[Operand], depth: int) -> Expression:
    if depth == 0 or p.rng.random() < 0.25:
        leaf = p.rng.choice(operands)
        return Expression(leaf.code, leaf.lit)
    if p.rng.random() < 0.15:
        inner = int_tree(p, operands, depth - 1)
        return Expression(f"(-{inner.code})", f"(-{inner.lit})")
    op = p.rng.choice(INT_ARITHMETIC)
    left, right = int_tree(p, operands, depth - 1), int_tree(p, operands, depth - 1)
    return Expression(f"({left.code} {op} {right.code})", f"({left.lit} {op} {right.lit})")


def int_compound_line(p: Program) -> None:
    """Nested expressions: big intermediate results feeding small fast paths and back."""
    operands = [p.operand(f"a{i}", random_int(p.rng)) for i in range(3)]
    expressions = [int_tree(p, operands, 3) for _ in range(4)]
    a, b, c = operands
    for _ in range(2):
        op1, op2 = p.rng.choice(COMPARISONS), p.rng.choice(COMPARISONS)
        expressions.append(Expression(f"{a.code} {op1} {b.code} {op2} {c.code}",
                                      f"{a.lit} {op1} {b.lit} {op2} {c.lit}"))
    p.emit(expressions)


def true_division_value(rng: random.Random) -> int:
    kind = rng.random()
    if kind < 0.4:
        return rng.choice(INT_EDGES + INT_ROUNDING + [2**53 - 1, 2**1074, 2**1075, 2**1100, 3**200, 10**330])
    if kind < 0.7:
        return random_int(rng)
    return random_big_int(rng, 1100)


def int_true_division_line(p: Program) -> None:
    expressions = []
    for i in range(4):
        if p.rng.random() < 0.25:  # an exact tie: (2m + 1) * 2**k / 2**(k + 1) is m + 1/2
            k = p.rng.choice((0, 1, 10, 60, 200, 1000))
            m = p.rng.randint(2**52, 2**53)
            x, y = (2 * m + 1) * 2**k * p.rng.choice((1, -1)), 2**(k + 1)
        else:
            x, y = true_division_value(p.rng), true_division_value(p.rng)
        a, b = p.operand(f"a{2 * i}", x), p.operand(f"a{2 * i + 1}", y)
        expressions.append(binary("/", a, b, p.style()))
    p.emit(expressions)


def mixed_int(rng: random.Random) -> int:
    return rng.choice(INT_ROUNDING) if rng.random() < 0.3 else random_int(rng)


def mixed_arithmetic_line(p: Program) -> None:
    """int and float operands together: the int is converted (correctly rounded)."""
    a, x = p.operand("a0", mixed_int(p.rng)), p.operand("x0", random_float(p.rng))
    expressions = []
    for op in ("+", "-", "*", "/", "//", "%"):
        expressions.append(binary(op, a, x, p.style()))
        expressions.append(binary(op, x, a, p.style()))
    expressions.append(Expression(f"{a.code} + 0.0", f"{a.lit} + 0.0"))
    p.emit(expressions)


def float_near(rng: random.Random, n: int) -> float:
    """A float close to the int n (or an edge case)."""
    if rng.random() < 0.4 or abs(n) > 2**1000:
        return rng.choice(FLOAT_EDGES)
    f = float(n)
    return rng.choice((f, math.nextafter(f, INF), math.nextafter(f, -INF)))


def mixed_comparison_line(p: Program) -> None:
    """Exact comparisons of ints with floats (2**53 + 1 vs 2.0**53, 10**400 vs inf, nan)."""
    if p.rng.random() < 0.5:
        n = p.rng.choice(INT_VERSUS_FLOAT + INT_EDGES)
    else:
        f = random_float(p.rng)
        n = int(f) + p.rng.randint(-1, 1) if math.isfinite(f) else random_int(p.rng)
    a, x = p.operand("a0", n), p.operand("x0", float_near(p.rng, n))
    expressions = [binary(op, a, x, p.style()) for op in COMPARISONS]
    expressions += [binary(op, x, a, p.style()) for op in COMPARISONS]
    p.emit(expressions)


def float_arithmetic_line(p: Program) -> None:
    x, y = p.operand("x0", random_float(p.rng)), p.operand("x1", random_float(p.rng))
    ops = ["+", "-", "*", "/", "//", "%", "**"] + COMPARISONS
    expressions = [binary(op, x, y, p.style()) for op in ops]
    expressions += [negation(x, p.style())]
    p.emit(expressions)


def signed_float(rng: random.Random) -> float:
    return rng.choice((0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 3.0, -3.0, 7.5, -7.5, 1e300, -1e300, 1e-300,
                       -1e-300, 5e-324, -5e-324, INF, -INF, rng.uniform(-100, 100), random_float(rng)))


def float_floordiv_mod_line(p: Program) -> None:
    """// and % with every sign, -0.0 and infinities."""
    expressions = []
    for i in range(3):
        x, y = p.operand(f"x{2 * i}", signed_float(p.rng)), p.operand(f"x{2 * i + 1}", signed_float(p.rng))
        expressions += [binary("//", x, y, p.style()), binary("%", x, y, p.style())]
    p.emit(expressions)


def float_power_line(p: Program) -> None:
    """float ** with a non-negative base (and a few negative bases with integral exponents)."""
    expressions = []
    for i in range(4):
        base = p.rng.choice((0.0, -0.0, 1.0, 0.5, 2.0, 10.0, 5e-324, 1e-300, 1e300, INF, NAN,
                             abs(random_float(p.rng)), p.rng.uniform(0, 3)))
        exponent = p.rng.choice((0.0, -0.0, 0.5, -0.5, 1.0, 2.0, 3.0, -1.0, -2.0, 1e-300, 1e300, 1023.5,
                                 -1074.0, INF, -INF, NAN, p.rng.uniform(-50, 50), random_float(p.rng)))
        if p.rng.random() < 0.15:
            base, exponent = -p.rng.choice((0.5, 1.0, 2.0, 3.0, 1e10, INF)), float(p.rng.randint(-5, 5))
        x, y = p.operand(f"x{2 * i}", base), p.operand(f"x{2 * i + 1}", exponent)
        expressions.append(binary("**", x, y, p.style()))
        if p.rng.random() < 0.3:  # int ** float and float ** int
            n = p.operand(f"a{i}", p.rng.randint(0, 10))
            expressions.append(binary("**", n, x, p.style()) if base >= 0 else binary("**", x, n, p.style()))
    p.emit(expressions)


def bool_line(p: Program) -> None:
    """bools as numbers: True + 1, -True, True / 2, comparisons with ints and floats."""
    t, u = p.operand("p0", p.rng.random() < 0.6), p.operand("p1", p.rng.random() < 0.5)
    a, x = p.operand("a0", random_int(p.rng)), p.operand("x0", random_float(p.rng))
    expressions = [negation(t, p.style()), negation(u, p.style())]
    for op in ("+", "-", "*", "/", "//", "%", "**", "<", "==", ">="):
        other = p.rng.choice((u, a, x))
        if op == "**" and other is a and a.value < 0:
            other = u  # AIthon's int ** int is an int: no negative exponents
        expressions.append(binary(op, t, other, p.style()))
        expressions.append(binary(op, other, t, p.style()))
    p.emit(expressions)


LINE_KINDS = [
    (int_arithmetic_line, 30),
    (int_power_line, 6),
    (int_compound_line, 8),
    (int_true_division_line, 8),
    (mixed_arithmetic_line, 10),
    (mixed_comparison_line, 10),
    (float_arithmetic_line, 14),
    (float_floordiv_mod_line, 6),
    (float_power_line, 6),
    (bool_line, 6),
]


def generate(index: int) -> Program:
    program = Program(random.Random(f"{SEED}/{index}"))
    kinds, weights = zip(*LINE_KINDS)
    while program.expression_count < EXPRESSIONS_PER_PROGRAM:
        program.rng.choices(kinds, weights)[0](program)
    return program


def generate_division_by_zero() -> tuple[str, str]:
    """A short program that ends with an int floor-divided by a zero known only at run time."""
    program = Program(random.Random(f"{SEED}/zero"))
    for _ in range(3):
        int_arithmetic_line(program)
    dividend = random_int(program.rng)
    a = program.operand("a0", dividend)
    division = binary("//", a, Operand(0, "ZERO", "0"), program.style())
    program.body += [f"print({division.code})", 'print("not reached")']
    return program.source(), division.lit


# ---------------------------------------------------------------------------
# Running and comparing
# ---------------------------------------------------------------------------

def compile_and_run(source: str, tmp_path: Path, name: str, opt: str):
    path = tmp_path / f"{name}.py"
    path.write_text(source)
    expected, actual = build_and_run(path, tmp_path / name, opt)
    return path, expected, actual


def mismatches(program: Program, expected: str, actual: str) -> list[str]:
    """Each expression whose printed value differs, with CPython's and AIthon's output."""
    report = []
    expected_lines, actual_lines = expected.splitlines(), actual.splitlines()
    for number, expressions in enumerate(program.lines):
        want = expected_lines[number].split(" ") if number < len(expected_lines) else []
        got = actual_lines[number].split(" ") if number < len(actual_lines) else []
        for column, expression in enumerate(expressions):
            w = want[column] if column < len(want) else "<missing>"
            g = got[column] if column < len(got) else "<missing>"
            if w != g:
                report.append(f"  line {number + 1}: {expression.lit}\n"
                              f"      CPython: {w}\n      AIthon:  {g}")
    return report


CASES = [(i, "-O2") for i in range(PROGRAMS)] + [(0, "-O0")]


@pytest.mark.parametrize("index,opt", CASES, ids=[f"program{i}{opt}" for i, opt in CASES])
def test_random_arithmetic_matches_cpython(index: int, opt: str, tmp_path: Path):
    program = generate(index)
    path, expected, actual = compile_and_run(program.source(), tmp_path, f"random{index}", opt)
    assert expected.returncode == 0, f"seed {SEED}: CPython failed on {path}:\n{expected.stderr.decode()}"
    want, got = expected.stdout.decode(), actual.stdout.decode()
    if got != want or actual.returncode != 0:
        found = mismatches(program, want, got)
        pytest.fail(
            f"seed {SEED} (AITHON_RANDOM_SEED), program {path} compiled with {opt}: "
            f"{len(found)} of {program.expression_count} expressions differ from CPython; "
            f"exit status {actual.returncode}, stderr {last_line(actual.stderr.decode())!r}\n"
            + "\n".join(found[:40]) + ("\n  ..." if len(found) > 40 else ""),
            pytrace=False)


def test_integer_division_by_zero_matches_cpython(tmp_path: Path):
    source, description = generate_division_by_zero()
    path, expected, actual = compile_and_run(source, tmp_path, "random_zero", "-O2")
    context = f"seed {SEED} (AITHON_RANDOM_SEED), program {path} ({description})"
    assert expected.returncode == 1, context
    assert actual.stdout.decode() == expected.stdout.decode(), context
    assert actual.returncode == 1, context
    assert last_line(actual.stderr.decode()) == last_line(expected.stderr.decode()), context

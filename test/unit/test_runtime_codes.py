"""The numbers the compiler shares with the runtime equal runtime.h's."""

import re
from pathlib import Path

from aithon import runtime_codes as codes

HEADER = (Path(__file__).resolve().parents[2] / "runtime" / "include" / "aithon" / "runtime.h").read_text()


def enum_value(name: str) -> int:
    match = re.search(rf"\b{name}\s*=\s*(\d+)", HEADER)
    assert match, f"{name} is not in runtime.h"
    return int(match.group(1))


def define_value(name: str) -> int:
    match = re.search(rf"#define {name} (\d+)", HEADER)
    assert match, f"#define {name} is not in runtime.h"
    return int(match.group(1))


def test_error_codes():
    assert codes.FLOAT_DIV_BY_ZERO == enum_value("AITHON_ERR_FLOAT_DIV_BY_ZERO")
    assert codes.RANGE_STEP_ZERO == enum_value("AITHON_ERR_RANGE_STEP_ZERO")
    assert codes.SPAWN_FAILED == enum_value("AITHON_ERR_SPAWN_FAILED")
    assert codes.RECEIVE_TIMEOUT == enum_value("AITHON_ERR_RECEIVE_TIMEOUT")


def test_exit_reasons():
    for name, code in codes.EXIT_REASONS.items():
        assert code == enum_value(f"AITHON_EXIT_{name.upper()}")


def test_supervisor_enums_in_order():
    for index, name in enumerate(codes.STRATEGIES):
        assert enum_value(f"AITHON_{name.upper()}") == index
    for index, name in enumerate(codes.RESTARTS):
        assert enum_value(f"AITHON_{name.upper()}") == index


def test_control_block_layout():
    assert codes.STACK_SLOT_LOG2 == define_value("AITHON_STACK_SLOT_LOG2")
    assert codes.ACTOR_BLOCK_SIZE == define_value("AITHON_ACTOR_BLOCK_SIZE")


def test_small_int_range():
    tagged = (Path(__file__).resolve().parents[2] / "runtime" / "src" / "tagged.h").read_text()
    assert "kSmallMin = -(int64_t{1} << 62);" in tagged and "kSmallMax = (int64_t{1} << 62) - 1;" in tagged
    assert (codes.SMALL_MIN, codes.SMALL_MAX) == (-(1 << 62), (1 << 62) - 1)
    assert codes.is_small(codes.SMALL_MAX) and not codes.is_small(codes.SMALL_MAX + 1)
    assert codes.is_small(codes.SMALL_MIN) and not codes.is_small(codes.SMALL_MIN - 1)

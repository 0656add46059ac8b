"""The differential suite: every program in test/programs/ is compiled by
AIthon and run, and its stdout, exit status and last stderr line must be
exactly what `python3` gives for the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import build_and_run, last_line

REPO = Path(__file__).resolve().parents[2]
PROGRAMS = sorted((REPO / "test" / "programs").glob("*.py"))


def test_suite_is_large_enough():
    assert len(PROGRAMS) >= 40


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_program_matches_cpython(program: Path, tmp_path: Path):
    expected, actual = build_and_run(program, tmp_path / program.stem)
    assert actual.stdout.decode() == expected.stdout.decode()
    assert actual.returncode == expected.returncode
    if expected.returncode != 0:
        assert last_line(actual.stderr.decode()) == last_line(expected.stderr.decode())

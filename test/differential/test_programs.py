"""The differential suite: every program in test/programs/ is compiled by
AIthon and run, and its stdout, exit status and last stderr line must be
exactly what `python3` gives for the same file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PROGRAMS = sorted((REPO / "test" / "programs").glob("*.py"))
AITHON = [sys.executable, "-m", "aithon.cli.aithon"]


def last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def test_suite_is_large_enough():
    assert len(PROGRAMS) >= 40


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_program_matches_cpython(program: Path, tmp_path: Path):
    executable = tmp_path / program.stem
    build = subprocess.run([*AITHON, str(program), "-o", str(executable)],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    expected = subprocess.run([sys.executable, str(program)], capture_output=True, timeout=60)
    actual = subprocess.run([str(executable)], capture_output=True, timeout=60)
    assert actual.stdout.decode() == expected.stdout.decode()
    assert actual.returncode == expected.returncode
    if expected.returncode != 0:
        assert last_line(actual.stderr.decode()) == last_line(expected.stderr.decode())

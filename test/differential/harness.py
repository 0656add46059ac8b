"""What both differential tests do: compile a Python file with AIthon, run it
and the same file under python3 (the venv's CPython 3.11), and compare."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

AITHON = [sys.executable, "-m", "aithon.cli.aithon"]


def build_and_run(source: Path, executable: Path, *flags: str):
    """(CPython's result, the compiled program's result) for `source`."""
    build = subprocess.run([*AITHON, *flags, str(source), "-o", str(executable)],
                           capture_output=True, text=True)
    assert build.returncode == 0, f"aithon {' '.join(flags)} {source} failed:\n{build.stderr}"
    expected = subprocess.run([sys.executable, str(source)], capture_output=True, timeout=60)
    actual = subprocess.run([str(executable)], capture_output=True, timeout=60)
    return expected, actual


def last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""

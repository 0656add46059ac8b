"""Compile-time diagnostics in the `file:line:col: error: message` form.

Every error the compiler reports about a program goes through CompileError so
that the driver prints it the same way: the position, the message, the source
line and a caret under the offending column, then exits with status 1.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A source position: 1-based line and column of the first character."""

    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None


class CompileError(Exception):
    """An error in the user's program, positioned at `span`."""

    def __init__(self, span: Span | None, message: str):
        super().__init__(message)
        self.span = span
        self.message = message


def format_diagnostic(filename: str, source: str, span: Span | None, message: str,
                      severity: str = "error") -> str:
    """Render a diagnostic as clang and MLIR do, with the source line and a caret."""
    if span is None:
        return f"{filename}: {severity}: {message}\n"
    lines = source.splitlines()
    text = f"{filename}:{span.line}:{span.column}: {severity}: {message}\n"
    if 1 <= span.line <= len(lines):
        source_line = lines[span.line - 1].rstrip("\n")
        # Keep tabs in the caret line so it lines up under the source text.
        prefix = "".join(c if c == "\t" else " " for c in source_line[: span.column - 1])
        text += f"{source_line}\n{prefix}^\n"
    return text

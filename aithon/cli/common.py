"""What the command-line tools share: reporting errors the same way."""

from __future__ import annotations

import sys
import traceback

from aithon.backend.driver import BackendError
from aithon.backend.toolchain import ToolchainError
from aithon.diagnostics import CompileError, format_diagnostic

EXIT_ERROR = 1
EXIT_INTERNAL = 2


def write_output(text: str, output: str | None) -> None:
    """Write a tool's result to the file `output`, or stdout for None or '-'."""
    if output in (None, "-"):
        sys.stdout.write(text)
    else:
        with open(output, "w", encoding="utf-8") as file:
            file.write(text)


def report(tool: str, filename: str, source: str, error: BaseException) -> int:
    """Print an error for the user; return the exit status."""
    if isinstance(error, CompileError):
        sys.stderr.write(format_diagnostic(filename, source, error.span, error.message))
        return EXIT_ERROR
    if isinstance(error, (ToolchainError, BackendError, OSError)):
        sys.stderr.write(f"{tool}: error: {error}\n")
        return EXIT_ERROR
    if isinstance(error, KeyError):
        sys.stderr.write(f"{tool}: error: {error.args[0]}\n")
        return EXIT_ERROR
    # A bug in AIthon: say so plainly, with enough detail to report it.
    sys.stderr.write(f"{filename}: internal compiler error: {type(error).__name__}: {error}\n")
    if "--debug-ice" in sys.argv:
        traceback.print_exc()
    else:
        sys.stderr.write("please report this bug (run again with --debug-ice for the stack trace)\n")
    return EXIT_INTERNAL

"""What the command-line tools share: reporting errors the same way."""

from __future__ import annotations

import sys
import threading
import traceback
from typing import Callable

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


# The parser and irgen recurse once per nesting level of the program (an
# operand of `a + b + ...`, an `elif`), so long but valid programs need more
# than Python's default 1,000 frames.  They run on a thread whose stack is
# large enough for this limit (only the pages touched are used).
RECURSION_LIMIT = 100_000
STACK_BYTES = 1 << 30


def with_deep_recursion(work: Callable[[], int]) -> int:
    """Run `work` on a thread with room for deep recursion; its result, or
    its exception raised again here."""
    outcome: list = []

    def target() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:  # re-raised in the caller's thread
            outcome.append((False, error))

    old_limit, old_size = sys.getrecursionlimit(), threading.stack_size()
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(STACK_BYTES)
    try:
        thread = threading.Thread(target=target, name="aithon-compiler")
        thread.start()
        thread.join()
    finally:
        threading.stack_size(old_size)
        sys.setrecursionlimit(old_limit)
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


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
    if isinstance(error, RecursionError):
        sys.stderr.write(f"{filename}: error: the program nests too deeply to compile "
                         f"(more than about {RECURSION_LIMIT // 10:,} levels of expressions or blocks)\n")
        return EXIT_ERROR
    # A bug in AIthon: say so plainly, with enough detail to report it.
    sys.stderr.write(f"{filename}: internal compiler error: {type(error).__name__}: {error}\n")
    if "--debug-ice" in sys.argv:
        traceback.print_exc()
    else:
        sys.stderr.write("please report this bug (run again with --debug-ice for the stack trace)\n")
    return EXIT_INTERNAL

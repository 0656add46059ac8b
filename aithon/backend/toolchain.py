"""Finding the LLVM 22 tools and the runtime library.

Each tool can be overridden by an environment variable (AITHON_MLIR_OPT,
AITHON_MLIR_TRANSLATE, AITHON_CLANG); otherwise the Debian names of LLVM 22
are looked up on PATH.  A missing tool is reported with the command that
installs it.
"""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

INSTALL_HINT = "install it with: sudo apt-get install mlir-22-tools llvm-22 clang-22 libgmp-dev"

TOOLS = {
    "mlir-opt": ("AITHON_MLIR_OPT", "mlir-opt-22"),
    "mlir-translate": ("AITHON_MLIR_TRANSLATE", "mlir-translate-22"),
    "clang": ("AITHON_CLANG", "clang-22"),
}

REPO_ROOT = Path(__file__).resolve().parents[2]


class ToolchainError(Exception):
    pass


@cache
def tool(name: str) -> str:
    variable, default = TOOLS[name]
    wanted = os.environ.get(variable, default)
    found = shutil.which(wanted)
    if found is None:
        raise ToolchainError(f"'{wanted}' not found on PATH; {INSTALL_HINT} (or set {variable})")
    return found


def runtime_library() -> Path:
    """The static runtime library, built by `make runtime` (AITHON_RUNTIME overrides)."""
    override = os.environ.get("AITHON_RUNTIME")
    library = Path(override) if override else REPO_ROOT / "build" / "runtime" / "libaithon_rt.a"
    if not library.is_file():
        raise ToolchainError(
            f"the AIthon runtime library {library} is missing; build it with 'make runtime' "
            "(or set AITHON_RUNTIME)"
        )
    return library


@cache
def target_triple() -> str:
    import subprocess

    return subprocess.run([tool("clang"), "-print-target-triple"], capture_output=True,
                          text=True, check=True).stdout.strip()

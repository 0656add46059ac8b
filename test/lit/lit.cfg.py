# lit configuration for AIthon's FileCheck tests.
#
# Substitutions:
#   %aithon, %aithon-opt, %aithon-translate   the tools from the project's venv
#   filecheck                                  the PyPI FileCheck (on PATH via the venv)
#   %dwarfdump                                 llvm-dwarfdump-22
#   %expect-exit N cmd...                      run cmd, pass iff its exit status is exactly N
#                                              (lit's internal shell has no `$?`)
import os
import shutil

import lit.formats

config.name = "AIthon"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir", ".py"]
config.excludes = ["lit.cfg.py", "Inputs"]
config.test_source_root = os.path.dirname(__file__)

repo = os.path.dirname(os.path.dirname(config.test_source_root))
venv_bin = os.path.join(repo, ".venv", "bin")
config.environment["PATH"] = os.pathsep.join([venv_bin, os.environ.get("PATH", "")])
for variable in ("HOME", "AITHON_RUNTIME", "AITHON_MLIR_OPT", "AITHON_MLIR_TRANSLATE", "AITHON_CLANG"):
    if variable in os.environ:
        config.environment[variable] = os.environ[variable]
config.environment["AITHON_CACHE"] = os.path.join(repo, "build", "lit-cache")


def tool(name):
    found = shutil.which(name, path=config.environment["PATH"])
    if found is None:
        lit_config.fatal(f"{name} not found; run 'make setup'")
    return found


# Longest names first: lit substitutes in order.
config.substitutions.append(("%aithon-translate", tool("aithon-translate")))
config.substitutions.append(("%aithon-opt", tool("aithon-opt")))
config.substitutions.append(("%aithon", tool("aithon")))
config.substitutions.append(("%dwarfdump", tool("llvm-dwarfdump-22")))
config.substitutions.append(("%python", tool("python3")))
config.substitutions.append(
    ("%expect-exit", f'{tool("python3")} {os.path.join(config.test_source_root, "Inputs", "expect_exit.py")}'))

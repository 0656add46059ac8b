"""`%expect-exit N command args...`: run a command and require exit status N.

lit's internal shell has no `$?`, and `not` accepts any non-zero status, so a
crash with status 2 (an internal compiler error) would pass as "failed as
expected".  This helper passes the command's stdout and stderr through and
exits 0 only when the status is exactly N.
"""

import subprocess
import sys


def main() -> int:
    if len(sys.argv) < 3:
        sys.stderr.write("usage: expect_exit.py STATUS COMMAND [ARGS...]\n")
        return 2
    expected = int(sys.argv[1])
    status = subprocess.call(sys.argv[2:])
    if status != expected:
        sys.stderr.write(f"expect-exit: expected exit status {expected}, got {status}: "
                         f"{' '.join(sys.argv[2:])}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""AIthon benchmark harness.

For every benchmark in bench/programs/ (with its C twin in bench/c/):

  * compile the Python program with ``aithon prog.py -o <tmp>/prog -O2``
  * compile the C program with ``clang-22 -O2 -ffp-contract=off -o ...``
  * run the aithon binary, the C binary, ``python3`` and ``pypy3`` on it,
    each ``--repeat`` times, keeping the minimum wall-clock time
  * check that every peer printed exactly what CPython printed (or, when
    CPython is skipped, what the C binary printed)

then print a table of times and ratios to C, the goal check "aithon within
1.5x of C", and the end-to-end compile time of examples/main.py (or of
bench/programs/fib.py when there is no examples/main.py) against the 1 s goal.

Progress and diagnostics go to stderr; the final report goes to stdout, so
``python bench/run.py --markdown > table.md`` gives a clean markdown table.

Exit status: 0 when every peer that ran produced the expected output;
1 when any output mismatched or a peer failed to compile / run / finish in
time (a peer whose command is missing is skipped with a note and is not a
failure); 2 for bad command-line arguments.

Standard library only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
PROGRAMS = BENCH_DIR / "programs"
C_DIR = BENCH_DIR / "c"

# Benchmarks in table order: (name, one-line description).
BENCHMARKS = [
    ("fib", "recursive fib(36): call overhead"),
    ("intloop", "integer range loop, *, //, %, branches (N = 100M)"),
    ("float_kernel", "scalar-float Mandelbrot count, 1000x1000, 1000 iters"),
]

# Peers in table order.  "c" is the baseline for the ratios.  "c_checked" is
# the same C with the tag and overflow checks exact Python ints need, where a
# bench/c/<name>_checked.c exists: the floor for checked arithmetic.
PEERS = ["c", "c_checked", "aithon", "pypy", "cpython"]
PEER_LABEL = {"c": "C", "c_checked": "C+checks", "aithon": "aithon", "pypy": "PyPy",
              "cpython": "CPython"}
PEER_ALIASES = {
    "c": "c", "clang": "c", "c_checked": "c_checked",
    "aithon": "aithon",
    "pypy": "pypy", "pypy3": "pypy",
    "cpython": "cpython", "python": "cpython", "python3": "cpython",
}

GOAL_RATIO = 1.5       # aithon time / C time
GOAL_COMPILE_S = 1.0   # end-to-end compile time of examples/main.py


def log(msg: str = "") -> None:
    print(msg, file=sys.stderr, flush=True)


def loud(msg: str) -> None:
    bar = "!" * 78
    log(bar)
    for line in msg.splitlines():
        log("!!! " + line)
    log(bar)


def tail(text: str, lines: int = 40) -> str:
    parts = text.rstrip().splitlines()
    if len(parts) > lines:
        parts = [f"... ({len(parts) - lines} earlier lines omitted)"] + parts[-lines:]
    return "\n".join(parts)


def short(text: str, limit: int = 200) -> str:
    r = repr(text)
    return r if len(r) <= limit else r[:limit] + "...'"


# --------------------------------------------------------------------------
# Results


@dataclass
class PeerResult:
    status: str = "pending"   # ok | skipped | compile failed | run failed | timeout | mismatch
    note: str = ""
    best: float | None = None
    times: list[float] = field(default_factory=list)
    output: str | None = None
    build_time: float | None = None  # compile time (aithon, C)


@dataclass
class BenchResult:
    name: str
    desc: str
    peers: dict[str, PeerResult] = field(default_factory=dict)
    expected: str | None = None
    expected_from: str = ""


# --------------------------------------------------------------------------
# Tool discovery


def find_aithon(explicit: str | None) -> list[str] | None:
    if explicit:
        return shlex.split(explicit)
    venv = REPO / ".venv" / "bin" / "aithon"
    if venv.is_file() and os.access(venv, os.X_OK):
        return [str(venv)]
    found = shutil.which("aithon")
    return [found] if found else None


def find_cmd(explicit: str | None, default: str) -> list[str] | None:
    cmd = shlex.split(explicit) if explicit else [default]
    exe = shutil.which(cmd[0])
    if exe is None:
        return None
    return [exe] + cmd[1:]


def tool_version(cmd: list[str], args: list[str]) -> str:
    try:
        p = subprocess.run(cmd + args, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    text = (p.stdout + p.stderr).strip()
    return " ".join(text.splitlines()[:2]) if text else "?"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


# --------------------------------------------------------------------------
# Running things


def compile_step(cmd: list[str], timeout: float) -> tuple[bool, float, str]:
    """Run a compiler command; return (ok, seconds, diagnostics)."""
    log("  $ " + shlex.join(cmd))
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError as e:
        return False, 0.0, str(e)
    except subprocess.TimeoutExpired:
        return False, time.perf_counter() - t0, f"timed out after {timeout:.0f} s"
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        diag = (p.stderr + p.stdout).strip() or "(no output)"
        return False, dt, f"exit status {p.returncode}\n{diag}"
    return True, dt, (p.stderr + p.stdout).strip()


def run_peer(cmd: list[str], cwd: Path, repeat: int, timeout: float,
             res: PeerResult) -> None:
    """Run cmd `repeat` times; fill res with min time and output."""
    log("  $ " + shlex.join(cmd) + f"   (x{repeat})")
    for _ in range(repeat):
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                               timeout=timeout)
        except subprocess.TimeoutExpired:
            res.status, res.note = "timeout", f"timed out after {timeout:.0f} s"
            return
        except OSError as e:
            res.status, res.note = "run failed", str(e)
            return
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            res.status = "run failed"
            res.note = f"exit status {p.returncode}\n{tail(p.stderr or p.stdout)}"
            return
        if res.output is not None and p.stdout != res.output:
            res.status = "run failed"
            res.note = ("output differs between repetitions: "
                        f"{short(res.output)} vs {short(p.stdout)}")
            return
        res.output = p.stdout
        res.times.append(dt)
    res.best = min(res.times)
    res.status = "ok"


# --------------------------------------------------------------------------
# Formatting


def fmt_time(r: PeerResult | None) -> str:
    if r is None:
        return "-"
    if r.status == "ok":
        return f"{r.best:.3f} s"
    if r.status == "mismatch":
        return f"{r.best:.3f} s WRONG" if r.best is not None else "WRONG"
    return r.status


def fmt_ratio(r: PeerResult | None, c: PeerResult | None) -> str:
    if (r is None or c is None or r.best is None or c.best is None
            or c.status != "ok" or r.status not in ("ok", "mismatch") or c.best <= 0):
        return "-"
    s = f"{r.best / c.best:.2f}x"
    return s + " WRONG" if r.status == "mismatch" else s


def goal_check(b: BenchResult) -> str:
    a, c = b.peers.get("aithon"), b.peers.get("c")
    if a is None or c is None or c.status != "ok" or c.best is None:
        return "n/a"
    if a.status == "skipped":
        return "n/a"
    if a.status != "ok" or a.best is None:
        return "no"
    return "yes" if a.best <= GOAL_RATIO * c.best else "no"


def render_table(rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        out = ["| " + " | ".join(rows[0]) + " |",
               "|" + "|".join("---" if i == 0 else "---:" for i in range(len(rows[0]))) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(out)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    def line(r: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(r, widths)))
    out = [line(rows[0]), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows[1:]]
    return "\n".join(out)


# --------------------------------------------------------------------------
# Main


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="Benchmark aithon-compiled programs against C, PyPy and CPython.")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per peer and benchmark; the minimum wall time is kept (default 3)")
    ap.add_argument("--skip", default="",
                    help="comma-separated peers to skip: aithon, c, c_checked, pypy, cpython")
    ap.add_argument("--bench", default="",
                    help="comma-separated benchmarks to run (default: all: "
                         + ", ".join(n for n, _ in BENCHMARKS) + ")")
    ap.add_argument("--markdown", action="store_true",
                    help="print the report as markdown (for the docs)")
    ap.add_argument("--aithon", default=None,
                    help="aithon command (default: <repo>/.venv/bin/aithon, else aithon on PATH)")
    ap.add_argument("--aithon-flags", default="-O2",
                    help="flags for aithon when compiling benchmarks (default: -O2)")
    ap.add_argument("--cc", default="clang-22", help="C compiler (default: clang-22)")
    ap.add_argument("--cflags", default="-O2 -ffp-contract=off",
                    help="C compiler flags (default: '-O2 -ffp-contract=off'; "
                         "no FMA contraction, as in Python)")
    ap.add_argument("--cpython", default=None, help="CPython command (default: python3)")
    ap.add_argument("--pypy", default=None, help="PyPy command (default: pypy3)")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds allowed for one run or one compile (default 600)")
    ap.add_argument("--no-compile-time", action="store_true",
                    help="skip the end-to-end compile-time measurement")
    ap.add_argument("--compile-repeat", type=int, default=3,
                    help="compiles for the compile-time measurement; best is kept (default 3)")
    ap.add_argument("--keep", metavar="DIR", default=None,
                    help="build binaries in DIR and keep them (default: a temporary directory)")
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.compile_repeat < 1:
        ap.error("--repeat and --compile-repeat must be at least 1")
    skip = set()
    for s in filter(None, (x.strip().lower() for x in args.skip.split(","))):
        if s not in PEER_ALIASES:
            ap.error(f"--skip: unknown peer {s!r} (choose from aithon, c, pypy, cpython)")
        skip.add(PEER_ALIASES[s])
    args.skip_set = skip
    names = [n for n, _ in BENCHMARKS]
    sel = [x.strip() for x in args.bench.split(",") if x.strip()]
    for s in sel:
        if s not in names:
            ap.error(f"--bench: unknown benchmark {s!r} (choose from {', '.join(names)})")
    args.bench_set = set(sel) if sel else set(names)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    failures: list[str] = []
    notes: list[str] = []

    # ---- discover peers
    cmds: dict[str, list[str] | None] = {}
    if "aithon" not in args.skip_set:
        cmds["aithon"] = find_aithon(args.aithon)
        if cmds["aithon"] is None:
            notes.append("aithon: command not found (looked for "
                         f"{REPO / '.venv/bin/aithon'} and on PATH); skipped")
    if "c" not in args.skip_set:
        cmds["c"] = find_cmd(args.cc, "clang-22")
        if cmds["c"] is None:
            notes.append(f"C: compiler {args.cc!r} not found; skipped")
    if "c_checked" not in args.skip_set:
        cmds["c_checked"] = cmds.get("c") or find_cmd(args.cc, "clang-22")
    if "cpython" not in args.skip_set:
        cmds["cpython"] = find_cmd(args.cpython, "python3")
        if cmds["cpython"] is None and args.cpython is None:
            cmds["cpython"] = [sys.executable]
        if cmds["cpython"] is None:
            notes.append("CPython: command not found; skipped")
    if "pypy" not in args.skip_set:
        cmds["pypy"] = find_cmd(args.pypy, "pypy3")
        if cmds["pypy"] is None:
            notes.append("PyPy: pypy3 not found (Debian package 'pypy3'); skipped")
    for n in notes:
        log("note: " + n)

    versions = []
    if cmds.get("c"):
        versions.append(("C", tool_version(cmds["c"], ["--version"]).split(" Target:")[0]))
    if cmds.get("cpython"):
        versions.append(("CPython", tool_version(cmds["cpython"], ["--version"])))
    if cmds.get("pypy"):
        versions.append(("PyPy", tool_version(cmds["pypy"], ["--version"])))
    if cmds.get("aithon"):
        versions.append(("aithon", shlex.join(cmds["aithon"])))

    tmp_ctx = None
    if args.keep:
        work = Path(args.keep).resolve()
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp_ctx = tempfile.TemporaryDirectory(prefix="aithon-bench-")
        work = Path(tmp_ctx.name)
    (work / "aithon").mkdir(exist_ok=True)
    (work / "c").mkdir(exist_ok=True)

    results: list[BenchResult] = []
    try:
        for name, desc in BENCHMARKS:
            if name not in args.bench_set:
                continue
            b = BenchResult(name, desc)
            results.append(b)
            py_src = PROGRAMS / f"{name}.py"
            c_src = C_DIR / f"{name}.c"
            log(f"== {name}: {desc}")

            for peer in PEERS:
                res = PeerResult()
                b.peers[peer] = res
                if peer in args.skip_set:
                    res.status, res.note = "skipped", "--skip"
                    continue
                if cmds.get(peer) is None:
                    res.status, res.note = "skipped", "not found"
                    continue
                label = PEER_LABEL[peer]
                if peer == "aithon":
                    exe = work / "aithon" / name
                    cmd = cmds["aithon"] + [str(py_src), "-o", str(exe)] + shlex.split(args.aithon_flags)
                    ok, dt, diag = compile_step(cmd, args.timeout)
                    res.build_time = dt
                    if not ok:
                        res.status, res.note = "compile failed", diag
                        log(f"aithon: compile failed on {name}:\n{tail(diag)}")
                        failures.append(f"aithon: compile failed on {name}")
                        continue
                    run_cmd = [str(exe)]
                elif peer in ("c", "c_checked"):
                    source = c_src if peer == "c" else C_DIR / f"{name}_checked.c"
                    if not source.is_file():
                        res.status = "skipped"
                        res.note = "no checked C version" if peer == "c_checked" else f"no {source.name}"
                        continue
                    exe = work / "c" / (name if peer == "c" else f"{name}_checked")
                    cmd = cmds[peer] + shlex.split(args.cflags) + ["-o", str(exe), str(source)]
                    ok, dt, diag = compile_step(cmd, args.timeout)
                    res.build_time = dt
                    if not ok:
                        res.status, res.note = "compile failed", diag
                        log(f"C: compile failed on {name}:\n{tail(diag)}")
                        failures.append(f"C: compile failed on {name}")
                        continue
                    run_cmd = [str(exe)]
                else:
                    run_cmd = cmds[peer] + [str(py_src)]
                run_peer(run_cmd, PROGRAMS, args.repeat, args.timeout, res)
                if res.status == "ok":
                    log(f"  {label}: {res.best:.3f} s (min of {len(res.times)}), "
                        f"output {short(res.output, 80)}")
                else:
                    log(f"{label}: {res.status} on {name}: {tail(res.note)}")
                    failures.append(f"{label}: {res.status} on {name}")

            # ---- expected output: CPython's, else C's
            for ref in ("cpython", "c"):
                r = b.peers[ref]
                if r.status == "ok":
                    b.expected, b.expected_from = r.output, PEER_LABEL[ref]
                    break
            if b.expected is None:
                notes.append(f"{name}: neither CPython nor C produced a reference output; "
                             "outputs not checked")
                continue
            for peer in PEERS:
                r = b.peers[peer]
                if r.status == "ok" and r.output != b.expected:
                    r.status = "mismatch"
                    msg = (f"OUTPUT MISMATCH in benchmark {name!r}: {PEER_LABEL[peer]} printed\n"
                           f"    {short(r.output)}\n"
                           f"but {b.expected_from} (the reference) printed\n"
                           f"    {short(b.expected)}")
                    loud(msg)
                    failures.append(f"{PEER_LABEL[peer]}: OUTPUT MISMATCH on {name}")

        # ---- end-to-end compile time
        compile_report = None
        if not args.no_compile_time and "aithon" not in args.skip_set and cmds.get("aithon"):
            main_py = REPO / "examples" / "main.py"
            src = main_py if main_py.is_file() else PROGRAMS / "fib.py"
            exe = work / "aithon" / "compile_time_target"
            cmd = cmds["aithon"] + [str(src), "-o", str(exe)] + shlex.split(args.aithon_flags)
            log(f"== compile time: {src.relative_to(REPO)} (best of {args.compile_repeat})")
            best = None
            err = None
            for _ in range(args.compile_repeat):
                ok, dt, diag = compile_step(cmd, args.timeout)
                if not ok:
                    err = diag
                    break
                best = dt if best is None else min(best, dt)
            rel = str(src.relative_to(REPO))
            if err is not None:
                log(f"aithon: compile failed on {rel}:\n{tail(err)}")
                failures.append(f"aithon: compile failed on {rel}")
                compile_report = (rel, None, "compile failed")
            else:
                compile_report = (rel, best, "yes" if best <= GOAL_COMPILE_S else "no")
    finally:
        if tmp_ctx is not None:
            tmp_ctx.cleanup()

    # ---- report
    md = args.markdown
    header = ["benchmark"] + [PEER_LABEL[p] for p in PEERS] + \
             ["C+checks/C", "aithon/C", "PyPy/C", "CPython/C", f"aithon <= {GOAL_RATIO}x C",
              "aithon build"]
    rows = [header]
    for b in results:
        c = b.peers.get("c")
        a = b.peers.get("aithon")
        rows.append(
            [b.name] + [fmt_time(b.peers.get(p)) for p in PEERS]
            + [fmt_ratio(b.peers.get(p), c) for p in ("c_checked", "aithon", "pypy", "cpython")]
            + [goal_check(b),
               f"{a.build_time:.2f} s" if a is not None and a.build_time is not None
               and a.status != "compile failed" else "-"])

    out: list[str] = []
    if md:
        out.append(f"Wall time, best of {args.repeat} runs (process start to exit). "
                   f"Ratios are relative to C (`{args.cc} {args.cflags}`); lower is better.")
        out.append("")
    else:
        out.append("")
        out.append(f"AIthon benchmarks -- wall time, best of {args.repeat} runs; "
                   f"ratios relative to C ({args.cc} {args.cflags}); lower is better")
        out.append("")
    out.append(render_table(rows, md))
    out.append("")

    bullet = "- " if md else "  "
    goals = [goal_check(b) for b in results]
    met = sum(g == "yes" for g in goals)
    judged = sum(g in ("yes", "no") for g in goals)
    if judged:
        out.append(f"{bullet}Goal: aithon within {GOAL_RATIO}x of C on {met} of {judged} "
                   f"benchmarks -> {'yes' if met == judged else 'no'}")
    else:
        out.append(f"{bullet}Goal: aithon within {GOAL_RATIO}x of C -> n/a (aithon or C did not run)")
    if compile_report is not None:
        rel, best, verdict = compile_report
        if best is None:
            out.append(f"{bullet}Compile time of {rel}: compile failed "
                       f"(goal <= {GOAL_COMPILE_S:.0f} s -> no)")
        else:
            out.append(f"{bullet}Compile time of {rel} (`aithon {args.aithon_flags}`, best of "
                       f"{args.compile_repeat}): {best:.3f} s (goal <= {GOAL_COMPILE_S:.0f} s "
                       f"-> {verdict})")
    elif not args.no_compile_time:
        out.append(f"{bullet}Compile time: n/a (aithon not available)")
    for b in results:
        if b.expected is not None:
            out.append(f"{bullet}{b.name}: expected output {short(b.expected.strip(), 80)} "
                       f"(from {b.expected_from})")
    for n in notes:
        out.append(f"{bullet}Note: {n}")
    for b in results:
        for p in PEERS:
            r = b.peers[p]
            if r.status == "mismatch":
                out.append(f"{bullet}**OUTPUT MISMATCH**: {PEER_LABEL[p]} on {b.name} printed "
                           f"{short(r.output, 80)}, expected {short(b.expected, 80)}"
                           if md else
                           f"{bullet}OUTPUT MISMATCH: {PEER_LABEL[p]} on {b.name} printed "
                           f"{short(r.output, 80)}, expected {short(b.expected, 80)}")
            if r.status in ("compile failed", "run failed", "timeout"):
                lines = [x.strip() for x in r.note.strip().splitlines() if x.strip()]
                detail = "; ".join(lines[:2])
                if len(detail) > 160:
                    detail = detail[:157] + "..."
                out.append(f"{bullet}{PEER_LABEL[p]} on {b.name}: {r.status}"
                           + (f" ({detail})" if detail else ""))
    if versions:
        out.append("")
        out.append(f"Machine: {cpu_model()}, {os.cpu_count()} CPUs; "
                   + "; ".join(f"{k}: {v}" for k, v in versions))
    print("\n".join(out), flush=True)

    if failures:
        loud("FAILURES:\n" + "\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

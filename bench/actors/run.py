#!/usr/bin/env python3
"""Actor-runtime benchmarks: AIthon (C++ on the runtime's ABI, and compiled
Python) against CPython asyncio, Go and Erlang/OTP.

Six benchmarks, each written three times doing the same work the same way:

  bench/actors/NAME.cpp            against runtime/include/aithon/runtime.h
  bench/peers/go/NAME.go           goroutines and channels
  bench/peers/erlang/NAME.erl      processes and messages

Four of them (pingpong, skynet, ring, forkjoin) are also AIthon Python
programs, bench/actors/python/NAME.py, run twice:

  AIthon Python     compiled with .venv/bin/aithon -O2
  CPython asyncio   the same file under python3, on aithon/actors.py
                    (PYTHONPATH=the repository), at 1/CPYTHON_DIV of the size

A Python program cannot read its arguments or a clock: its size is a module
constant (``N = 4000000``) that this script rewrites in a copy per size, and
its time is the wall time of the whole process.

This script

  * installs erlang-nox / golang-go with apt-get when erl / go are missing;
  * builds the runtime (``make runtime``) if build/runtime/libaithon_rt.a is
    missing, then the C++ programs with clang++-22, the Python programs with
    ``aithon -O2``, the Go programs with ``go build`` and the Erlang modules
    with ``erlc``, all into build/bench/actors/ (Go's cache and GOPATH too);
  * runs every program --repeat times (default 3) through the small launcher
    maxrss.c, which records the program's ru_maxrss (wait4);
  * keeps the best figure of the runs (the median for memory figures) and
    prints a table with the ratios to Go and Erlang, of AIthon Python to
    AIthon C++ and to CPython asyncio, and the goals.

Every program prints one ``RESULT key=value ...`` line and checks its own
result (exit status != 0 when wrong); the harness also checks the Python
programs' printed counts against their size.  A program that does not build shows
"not built", one that fails, prints no RESULT line or exits non-zero shows
"error", one that runs out of time shows "timeout".

Progress goes to stderr, the table to stdout.  Exit status: 0 when every
program built and ran correctly, 1 otherwise, 2 for bad arguments.

Standard library only.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ACTORS_DIR = Path(__file__).resolve().parent
REPO = ACTORS_DIR.parent.parent
GO_DIR = REPO / "bench" / "peers" / "go"
ERL_DIR = REPO / "bench" / "peers" / "erlang"
INCLUDE = REPO / "runtime" / "include"
RUNTIME_LIB = REPO / "build" / "runtime" / "libaithon_rt.a"
OUT = REPO / "build" / "bench" / "actors"
PY_DIR = ACTORS_DIR / "python"
AITHON = REPO / ".venv" / "bin" / "aithon"
CXX = "clang++-22"

PEERS = ["aithon", "python", "cpython", "go", "erlang"]
PEER_LABEL = {"aithon": "AIthon C++", "python": "AIthon Python",
              "cpython": "CPython asyncio", "go": "Go", "erlang": "Erlang"}
PY_PEERS = ("python", "cpython")

# name: (argument for a full run, argument for --quick, what it is)
BENCHMARKS = {
    "pingpong": (4_000_000, 200_000, "round-trips"),
    "spawn": (1_000_000, 100_000, "actors"),
    "parked": (10_000, 2_000, "actors"),
    "skynet": (1_000_000, 100_000, "leaves"),
    "ring": (10_000_000, 1_000_000, "hops"),
    "forkjoin": (256_000_000, 32_000_000, "loop iterations"),
}

# The benchmarks written in Python (bench/actors/python/NAME.py): the module
# constant holding the size, rewritten in a copy for each size.
PY_SIZE_CONST = {"pingpong": "N", "skynet": "LEAVES", "ring": "HOPS", "forkjoin": "ITERS"}
# CPython asyncio runs 1/CPYTHON_DIV of each size (skynet stays a power of 10,
# forkjoin a multiple of 64); its seconds are scaled back up by CPYTHON_DIV.
CPYTHON_DIV = 10
# The Python programs' goals, from the compiler issue: AIthon Python at
# most 1.5x slower than AIthon C++, and at least 50x faster than CPython.
PY_GOAL_CPP = 1 / 1.5
PY_GOAL_CPYTHON = 50.0

# Extra emulator flags: skynet has 1,111,111 processes alive at once, past
# the default limit of 262,144.
ERL_FLAGS = {"skynet": ["+P", "2000000"]}


def log(msg: str = "") -> None:
    print(msg, file=sys.stderr, flush=True)


# ---- toolchains --------------------------------------------------------------

def ensure_peer_tools() -> None:
    """apt-get install the Go and Erlang toolchains if they are missing."""
    missing = []
    if not (shutil.which("erl") and shutil.which("erlc")):
        missing.append("erlang-nox")
    if not shutil.which("go"):
        missing.append("golang-go")
    if not missing:
        return
    log(f"installing {' '.join(missing)} (apt-get)")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    sudo = ["sudo"] if os.geteuid() != 0 and shutil.which("sudo") else []

    def install() -> subprocess.CompletedProcess:
        return subprocess.run([*sudo, "apt-get", "install", "-y", *missing], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    r = install()
    if r.returncode != 0:  # stale or absent package lists: update once, retry
        subprocess.run([*sudo, "apt-get", "update"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        r = install()
    if r.returncode != 0:
        log(f"apt-get failed; the peers that need {' '.join(missing)} will show 'not built'")
        log(r.stderr.strip()[-2000:])


def tool_versions() -> str:
    def first_line(cmd: list[str]) -> str:
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
            return (r.stdout or r.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "?"
    parts = [f"{os.cpu_count()} cores", platform.machine()]
    if shutil.which(CXX):
        parts.append(first_line([CXX, "--version"]).replace(" version", ""))
    parts.append(f"CPython {platform.python_version()}")
    if shutil.which("go"):
        parts.append(first_line(["go", "version"]).replace("go version ", ""))
    if shutil.which("erl"):
        parts.append("OTP " + first_line(
            ["erl", "-noshell", "-eval",
             'io:format("~s~n", [erlang:system_info(otp_release)]), halt().']))
    return ", ".join(parts)


# ---- building ----------------------------------------------------------------

@dataclass
class Built:
    """What each peer can run: name -> executable/module, or why not."""
    ok: dict[str, dict[str, Path | str]] = field(default_factory=dict)
    why_not: dict[str, dict[str, str]] = field(default_factory=dict)

    def mark(self, peer: str, name: str, result: Path | str | None, why: str = "") -> None:
        if result is None:
            self.why_not.setdefault(peer, {})[name] = why
        else:
            self.ok.setdefault(peer, {})[name] = result


def short_error(text: str, lines: int = 6) -> str:
    keep = [ln for ln in text.strip().splitlines() if ln.strip()]
    errors = [ln for ln in keep if "error" in ln.lower()] or keep
    return "\n".join(errors[:lines])


def build_launcher() -> Path | None:
    """Compile maxrss.c (see there why runs go through it)."""
    cc = next((c for c in ("clang-22", "cc", "gcc", "clang") if shutil.which(c)), None)
    exe = OUT / "maxrss"
    if cc is not None:
        r = subprocess.run([cc, "-O2", "-o", str(exe), str(ACTORS_DIR / "maxrss.c")],
                           capture_output=True, text=True)
        if r.returncode == 0:
            return exe
        log(short_error(r.stderr))
    log("no C compiler for maxrss.c: peak RSS figures include the harness's own "
        "(inherited across fork+exec)")
    return None


def build_aithon(names: list[str], built: Built) -> None:
    if not shutil.which(CXX):
        for n in names:
            built.mark("aithon", n, None, f"{CXX} not found")
        return
    if not RUNTIME_LIB.exists():
        log(f"{RUNTIME_LIB.relative_to(REPO)} missing: make runtime")
        r = subprocess.run(["make", "runtime"], cwd=REPO, capture_output=True, text=True)
        if r.returncode != 0 or not RUNTIME_LIB.exists():
            log(short_error(r.stdout + r.stderr))
            for n in names:
                built.mark("aithon", n, None, "make runtime failed")
            return
    out = OUT / "cpp"
    out.mkdir(parents=True, exist_ok=True)
    for n in names:
        exe = out / n
        exe.unlink(missing_ok=True)
        cmd = [CXX, "-O2", "-std=c++20", f"-I{INCLUDE}", str(ACTORS_DIR / f"{n}.cpp"),
               str(RUNTIME_LIB), "-lgmp", "-lstdc++", "-lm", "-lpthread", "-o", str(exe)]
        build_one(built, "aithon", n, cmd, exe)


def py_size(name: str, arg: int, peer: str) -> int:
    """The size a Python peer runs: CPython gets 1/CPYTHON_DIV of it."""
    return arg // CPYTHON_DIV if peer == "cpython" else arg


def sized_copy(name: str, size: int, dest: Path) -> str:
    """Write bench/actors/python/NAME.py to `dest` with its size constant set
    to `size`; "" on success, else why not."""
    const = PY_SIZE_CONST[name]
    src = PY_DIR / f"{name}.py"
    try:
        text = src.read_text()
    except OSError as e:
        return f"cannot read {src.relative_to(REPO)}: {e.strerror}"
    pattern = re.compile(rf"^{const} = [0-9_]+$", re.M)
    if len(pattern.findall(text)) != 1:
        return f"{src.relative_to(REPO)} has no single line '{const} = <int>'"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(pattern.sub(f"{const} = {size}", text))
    return ""


# An empty actor program: its wall time is the start-up included in the
# Python figures (printed under the table).
STARTUP_PY = """import asyncio
from aithon import actors


async def main():
    actors.self()
    print("RESULT startup=1")


if __name__ == "__main__":
    asyncio.run(main())
"""


def build_python(names: list[str], quick: bool, built: Built) -> None:
    """Sized copies of the Python programs: compiled with aithon -O2 for
    AIthon Python, as they are for CPython asyncio."""
    names = [n for n in names if n in PY_SIZE_CONST]
    out = OUT / "python"
    out.mkdir(parents=True, exist_ok=True)
    for n in names:
        arg = BENCHMARKS[n][1 if quick else 0]
        for peer, dest in (("python", out / f"{n}.py"), ("cpython", out / "cpython" / f"{n}.py")):
            why = sized_copy(n, py_size(n, arg, peer), dest)
            if why:
                log(f"{PEER_LABEL[peer]} {n}: {why}")
                built.mark(peer, n, None, why)
            elif peer == "cpython":
                built.mark(peer, n, dest)
            elif not AITHON.exists():
                built.mark(peer, n, None, f"{AITHON.relative_to(REPO)} not found (make venv)")
            else:
                exe = out / n
                exe.unlink(missing_ok=True)
                build_one(built, peer, n, [str(AITHON), "-O2", str(dest), "-o", str(exe)], exe)
    if names:
        (out / "startup.py").write_text(STARTUP_PY)
        built.mark("cpython", "startup", out / "startup.py")
        if AITHON.exists():
            build_one(built, "python", "startup",
                      [str(AITHON), "-O2", str(out / "startup.py"), "-o", str(out / "startup")],
                      out / "startup")


def build_one(built: Built, peer: str, name: str, cmd: list[str], target: Path | str,
              **run_args) -> None:
    """Run one build command; record `target` as built, or the failure."""
    r = subprocess.run(cmd, capture_output=True, text=True, **run_args)
    if r.returncode != 0:
        log(f"{peer} {name}: build failed\n  " + short_error(r.stdout + r.stderr).replace("\n", "\n  "))
        built.mark(peer, name, None, "build failed")
    else:
        built.mark(peer, name, target)


def go_env() -> dict[str, str]:
    base = OUT / "go-env"
    return dict(os.environ, GOCACHE=str(base / "cache"), GOPATH=str(base / "path"),
                GOMODCACHE=str(base / "path" / "pkg" / "mod"), GOENV="off",
                GO111MODULE="off", GOTOOLCHAIN="local", GOFLAGS="", CGO_ENABLED="0")


def build_go(names: list[str], built: Built) -> None:
    if not shutil.which("go"):
        for n in names:
            built.mark("go", n, None, "go not found")
        return
    out = OUT / "go"
    out.mkdir(parents=True, exist_ok=True)
    env = go_env()
    for n in names:
        exe = out / n
        exe.unlink(missing_ok=True)
        build_one(built, "go", n, ["go", "build", "-o", str(exe), str(GO_DIR / f"{n}.go")], exe,
                  cwd=out, env=env)


def build_erlang(names: list[str], built: Built) -> None:
    if not (shutil.which("erlc") and shutil.which("erl")):
        for n in names:
            built.mark("erlang", n, None, "erl/erlc not found")
        return
    out = OUT / "erlang"
    out.mkdir(parents=True, exist_ok=True)
    for n in names:
        (out / f"{n}.beam").unlink(missing_ok=True)
        build_one(built, "erlang", n, ["erlc", "-o", str(out), str(ERL_DIR / f"{n}.erl")], n)


# ---- running -----------------------------------------------------------------

@dataclass
class Run:
    ok: bool
    values: dict[str, str]
    maxrss: int          # bytes
    wall: float
    problem: str = ""    # "error" / "timeout" and details


def command(peer: str, name: str, target: Path | str, arg: int,
            workers: int | None) -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ)
    if peer == "aithon":
        if workers:
            env["AITHON_WORKERS"] = str(workers)
        return [str(target), str(arg)], env
    if peer == "python":  # the size is compiled in
        if workers:
            env["AITHON_WORKERS"] = str(workers)
        return [str(target)], env
    if peer == "cpython":
        path = [str(REPO), *filter(None, [env.get("PYTHONPATH")])]
        env["PYTHONPATH"] = os.pathsep.join(path)
        return [sys.executable, str(target)], env
    if peer == "go":
        if workers:
            env["GOMAXPROCS"] = str(workers)
        return [str(target), str(arg)], env
    flags = list(ERL_FLAGS.get(name, []))
    if workers:
        flags += ["+S", str(workers)]
    env["ERL_CRASH_DUMP_SECONDS"] = "0"   # no erl_crash.dump files
    return (["erl", *flags, "-noshell", "-pa", str(OUT / "erlang"),
             "-run", str(target), "main", str(arg)], env)


def run_once(cmd: list[str], env: dict[str, str], timeout: float,
             launcher: Path | None) -> Run:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".maxrss") as rss_file:
        if launcher is not None:
            cmd = [str(launcher), rss_file.name, *cmd]
        t0 = time.monotonic()
        try:
            p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                 env=env, cwd=OUT, start_new_session=True)
        except OSError as e:
            return Run(False, {}, 0, 0.0, f"error: {e}")
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait
        # Whatever the program left behind in its process group (erl's helpers).
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
        maxrss = usage.ru_maxrss * 1024  # KiB on Linux
        if launcher is not None:
            try:
                maxrss = int(rss_file.read().strip()) * 1024
            except ValueError:
                maxrss = 0  # the launcher was killed (timeout)
    if timed_out.is_set():
        return Run(False, {}, maxrss, wall, f"timeout after {timeout:.0f} s")
    results = [ln for ln in stdout.splitlines() if ln.startswith("RESULT ")]
    if p.returncode != 0 or len(results) != 1:
        detail = stderr.strip() or stdout.strip()
        detail = "\n".join(detail.splitlines()[-8:])
        return Run(False, {}, maxrss, wall,
                   f"error: exit status {p.returncode}, {len(results)} RESULT lines\n{detail}")
    values = {}
    for item in results[0].split()[1:]:
        key, _, value = item.partition("=")
        values[key] = value
    return Run(True, values, maxrss, wall)


def python_figures(name: str, size: int, full: int, run: Run) -> str:
    """Check a Python program's RESULT against its size and add the figures
    it cannot measure itself, from the process's wall time: the rates, and
    `seconds` scaled to `full` (the size the other columns ran).  Returns a
    problem, or ""."""
    v = run.values
    try:
        if name == "pingpong":
            if int(v["messages"]) != 2 * size:
                return f"messages={v['messages']}, expected {2 * size}"
            v["msgs_per_sec"] = f"{2 * size / run.wall:.6g}"
        elif name == "ring":
            if int(v["hops"]) != size or int(v["last"]) != size % 503:
                return f"hops={v['hops']} last={v['last']}, expected {size} and {size % 503}"
            v["hops_per_sec"] = f"{size / run.wall:.6g}"
        elif name == "skynet":
            if int(v["sum"]) != size * (size - 1) // 2:
                return f"sum={v['sum']}, expected {size * (size - 1) // 2}"
        elif name == "forkjoin":
            if int(v["iters"]) != size:
                return f"iters={v['iters']}, expected {size}"
    except (KeyError, ValueError) as e:
        return f"RESULT line without a valid {e}"
    v["wall"] = f"{run.wall:.4f}"
    v["seconds"] = f"{run.wall * full / size:.4f}"
    return ""


# ---- figures -----------------------------------------------------------------

@dataclass
class Row:
    label: str
    better: str                     # "higher" or "lower"
    unit: str                       # for formatting
    cells: dict[str, float | str] = field(default_factory=dict)  # peer -> value or status
    goal: str = ""
    check: object = None            # (aithon value, cells) -> bool


def figure(runs: list[Run], key: str, how: str) -> float:
    xs = [float(r.values[key]) for r in runs]
    if how == "max":
        return max(xs)
    if how == "min":
        return min(xs)
    return statistics.median(xs)


def fmt_value(v: float, unit: str) -> str:
    if unit == "rate":
        return f"{v / 1e6:.2f} M/s"
    if unit == "us":
        return f"{v:.3f} µs"
    if unit == "bytes":
        return f"{v:,.0f} B"
    if unit == "s":
        return f"{v:.3f} s"
    if unit == "mib":
        return f"{v / 2**20:,.1f} MiB"
    if unit == "x":
        return f"{v:.2f}×"
    return f"{v:g}"


def ratio(row: Row, peer: str, base: str = "aithon") -> float | None:
    """How many times better `base` is than `peer` on this row (> 1: better)."""
    a, b = row.cells.get(base), row.cells.get(peer)
    if not isinstance(a, float) or not isinstance(b, float) or a <= 0 or b <= 0:
        return None
    return a / b if row.better == "higher" else b / a


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", metavar="NAME",
                    help="comma-separated benchmarks to run (" + ", ".join(BENCHMARKS) + ")")
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--repeat", type=int, default=3, help="runs per program (default 3)")
    ap.add_argument("--timeout", type=float, default=180.0,
                    help="seconds before a run is killed (default 180)")
    args = ap.parse_args()

    names = list(BENCHMARKS)
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        bad = [n for n in wanted if n not in BENCHMARKS]
        if bad or not wanted:
            ap.error(f"unknown benchmark {', '.join(bad)} (known: {', '.join(BENCHMARKS)})")
        names = [n for n in BENCHMARKS if n in wanted]
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    py_names = [n for n in names if n in PY_SIZE_CONST]

    ensure_peer_tools()
    OUT.mkdir(parents=True, exist_ok=True)
    built = Built()
    log("building ...")
    launcher = build_launcher()
    build_aithon(names, built)
    build_python(names, args.quick, built)
    build_go(names, built)
    build_erlang(names, built)

    # (name, workers) jobs; forkjoin runs with 1 and with 2 workers.
    jobs = []
    for n in names:
        jobs += [(n, 1), (n, 2)] if n == "forkjoin" else [(n, None)]

    failures = []
    runs: dict[tuple[str, int | None, str], list[Run] | str] = {}
    for name, workers in jobs:
        arg = BENCHMARKS[name][1 if args.quick else 0]
        for peer in PEERS:
            if peer in PY_PEERS and name not in PY_SIZE_CONST:
                continue  # no Python program: the cell shows "—"
            # CPython runs on one thread: forkjoin once, shown in both rows.
            if peer == "cpython" and workers == 2:
                continue
            tag = name
            if workers:
                tag += f" ({workers} worker{'s' if workers > 1 else ''})"
            target = built.ok.get(peer, {}).get(name)
            if target is None:
                runs[(name, workers, peer)] = "not built"
                failures.append(f"{PEER_LABEL[peer]} {name}: not built "
                                f"({built.why_not.get(peer, {}).get(name, '?')})")
                continue
            size = py_size(name, arg, peer) if peer in PY_PEERS else arg
            cmd, env = command(peer, name, target, size, workers)
            got: list[Run] = []
            for i in range(args.repeat):
                r = run_once(cmd, env, args.timeout, launcher)
                if r.ok and peer in PY_PEERS:
                    why = python_figures(name, size, arg, r)
                    if why:
                        r = Run(False, {}, r.maxrss, r.wall, f"error: wrong result: {why}")
                if not r.ok:
                    log(f"{PEER_LABEL[peer]} {tag}: {r.problem}")
                    runs[(name, workers, peer)] = r.problem.split(":")[0].split()[0]
                    failures.append(f"{PEER_LABEL[peer]} {tag}: {r.problem.splitlines()[0]}")
                    break
                log(f"{PEER_LABEL[peer]:>15} {tag:<22} run {i + 1}: "
                    + " ".join(f"{k}={v}" for k, v in r.values.items())
                    + f" maxrss={r.maxrss / 2**20:.0f}MiB")
                got.append(r)
            else:
                runs[(name, workers, peer)] = got

    # Start-up of an empty actor program, included in the Python figures.
    startup = {}
    if py_names:
        for peer in PY_PEERS:
            target = built.ok.get(peer, {}).get("startup")
            if target is None:
                continue
            cmd, env = command(peer, "startup", target, 0, None)
            walls = []
            for _ in range(args.repeat):
                r = run_once(cmd, env, args.timeout, launcher)
                if r.ok:
                    walls.append(r.wall)
            if walls:
                startup[peer] = min(walls)

    # Cross-check forkjoin's checksum: every peer and worker count that ran
    # the same size must agree (CPython asyncio runs a smaller one).
    sums = {}
    for (name, workers, peer), rs in runs.items():
        if name == "forkjoin" and peer != "cpython" and isinstance(rs, list):
            for r in rs:
                sums.setdefault(r.values.get("checksum"), []).append(f"{peer}/{workers}")
    wrong_peers = set()
    if len(sums) > 1:
        majority = max(sums, key=lambda k: len(sums[k]))
        for k, who in sums.items():
            if k != majority:
                wrong_peers.update(w.split("/")[0] for w in who)
                failures.append(f"forkjoin checksum {k} from {', '.join(who)} "
                                f"differs from {majority}")

    def cell(name: str, workers: int | None, peer: str, key: str, how: str,
             rss: bool = False) -> float | str:
        if peer == "cpython" and workers == 2:
            workers = 1
        rs = runs.get((name, workers, peer), "—")
        if isinstance(rs, str):
            return rs
        if name == "forkjoin" and peer in wrong_peers:
            return "wrong"
        if rss:
            rss_value = float(statistics.median(r.maxrss for r in rs))
            if peer == "cpython":  # at its smaller size: shown, not compared
                return f"{fmt_value(rss_value, 'mib')} at 1/{CPYTHON_DIV} size"
            return rss_value
        return figure(rs, key, how)

    rows: list[Row] = []
    for name in names:
        if name == "pingpong":
            row = Row("ping-pong (msgs/s)", "higher", "rate", goal="≥ 2× Go")
            row.check = lambda rw: ratio(rw, "go") is not None and ratio(rw, "go") >= 2.0
            row.cells = {p: cell(name, None, p, "msgs_per_sec", "max") for p in PEERS}
            rows.append(row)
        elif name == "spawn":
            row = Row("spawn (µs/actor)", "lower", "us", goal="≤ 0.15 µs")
            row.check = lambda rw: rw.cells["aithon"] <= 0.15
            row.cells = {p: cell(name, None, p, "us_per_actor", "min") for p in PEERS}
            rows.append(row)
        elif name == "parked":
            row = Row("parked actor (bytes, median)", "lower", "bytes", goal="≤ 4 KiB")
            row.check = lambda rw: rw.cells["aithon"] <= 4096
            row.cells = {p: cell(name, None, p, "bytes_per_actor", "median") for p in PEERS}
            rows.append(row)
        elif name == "skynet":
            row = Row("skynet (s)", "lower", "s", goal="faster than Go")
            row.check = lambda rw: ratio(rw, "go") is not None and ratio(rw, "go") > 1.0
            row.cells = {p: cell(name, None, p, "seconds", "min") for p in PEERS}
            rows.append(row)
            row = Row("skynet peak RSS (median)", "lower", "mib", goal="≤ Go")
            row.check = lambda rw: ratio(rw, "go") is not None and ratio(rw, "go") >= 1.0
            row.cells = {p: cell(name, None, p, "", "", rss=True) for p in PEERS}
            rows.append(row)
        elif name == "ring":
            row = Row("ring (hops/s)", "higher", "rate", goal="≥ 2× Go")
            row.check = lambda rw: ratio(rw, "go") is not None and ratio(rw, "go") >= 2.0
            row.cells = {p: cell(name, None, p, "hops_per_sec", "max") for p in PEERS}
            rows.append(row)
        elif name == "forkjoin":
            one = Row("forkjoin, 1 worker (s)", "lower", "s")
            one.cells = {p: cell(name, 1, p, "seconds", "min") for p in PEERS}
            two = Row("forkjoin, 2 workers (s)", "lower", "s")
            two.cells = {p: cell(name, 2, p, "seconds", "min") for p in PEERS}
            speed = Row("forkjoin speedup (1w/2w)", "higher", "x", goal="≥ 1.9×")
            speed.check = lambda rw: rw.cells["aithon"] >= 1.9
            for p in PEERS:
                a, b = one.cells[p], two.cells[p]
                speed.cells[p] = (a / b if isinstance(a, float) and isinstance(b, float)
                                  else (a if isinstance(a, str) else b))
            speed.cells["cpython"] = "—"  # one thread
            rows += [one, two, speed]

    # The Python goals apply to the speed rows the Python programs cover.
    py_goal_rows = {"ping-pong (msgs/s)", "skynet (s)", "ring (hops/s)",
                    "forkjoin, 1 worker (s)", "forkjoin, 2 workers (s)"}

    # ---- the table ----
    header = ["benchmark", *(PEER_LABEL[p] for p in PEERS), "ratio vs Go", "ratio vs Erlang",
              "C++ goal", "Python vs C++", "Python vs CPython", "Python goals"]
    left = {0, len(PEERS) + 3, len(header) - 1}   # text columns
    table = []
    for row in rows:
        line = [row.label]
        for p in PEERS:
            v = row.cells.get(p, "—")
            text = fmt_value(v, row.unit) if isinstance(v, float) else v
            if p == "cpython" and isinstance(v, float) and row.unit == "s":
                text += f" (×{CPYTHON_DIV})"   # scaled from a 1/CPYTHON_DIV run
            line.append(text)
        for p in ("go", "erlang"):
            r = ratio(row, p)
            line.append("—" if r is None else f"{r:.2f}×")
        if not row.goal:
            line.append("")
        elif isinstance(row.cells.get("aithon"), float) and row.check is not None:
            ok = row.check(row)
            line.append(f"{row.goal}: {'PASS' if ok else 'FAIL'}")
        else:
            line.append(f"{row.goal}: —")
        r_cpp, r_cpy = ratio(row, "aithon", "python"), ratio(row, "cpython", "python")
        line.append("—" if r_cpp is None else f"{r_cpp:.2f}×")
        line.append("—" if r_cpy is None else f"{r_cpy:.1f}×" if r_cpy >= 10 else f"{r_cpy:.2f}×")
        if row.label not in py_goal_rows:
            line.append("")
        else:
            verdict = lambda r, goal: "—" if r is None else ("PASS" if r >= goal else "FAIL")
            line.append(f"≥ {PY_GOAL_CPP:.2f}× C++: {verdict(r_cpp, PY_GOAL_CPP)}, "
                        f"≥ {PY_GOAL_CPYTHON:.0f}× CPython: {verdict(r_cpy, PY_GOAL_CPYTHON)}")
        table.append(line)

    mode = "quick sizes" if args.quick else "full sizes"
    sizes = ", ".join(f"{n} {BENCHMARKS[n][1 if args.quick else 0]:,} {BENCHMARKS[n][2]}"
                      for n in names)
    note = (f"Actor benchmarks ({mode}; best of {args.repeat} runs, median for memory). "
            f"Ratios: how many times better AIthon (C++, or Python in the Python columns) "
            f"is (> 1: ahead).")
    print(note)
    print(f"Machine: {tool_versions()}")
    print(f"Sizes: {sizes}")
    if py_names:
        cpy_sizes = ", ".join(
            f"{n} {py_size(n, BENCHMARKS[n][1 if args.quick else 0], 'cpython'):,}"
            for n in py_names)
        started = "; ".join(f"{PEER_LABEL[p]} {startup[p] * 1000:.0f} ms" for p in PY_PEERS
                            if p in startup)
        print(f"AIthon Python and CPython asyncio run bench/actors/python/*.py; they cannot "
              f"read a clock, so their figures come from the wall time of the whole process "
              f"(start-up of an empty actor program: {started or '?'}). "
              f"CPython asyncio runs 1/{CPYTHON_DIV} of each size ({cpy_sizes}): its rates "
              f"are as measured, its seconds are scaled ×{CPYTHON_DIV} to the full work; it "
              f"is single-threaded, so forkjoin runs once and shows in both worker rows.")
    print()
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" if i in left else "--:" for i in range(len(header))) + "|")
        for line in table:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(r[i]) for r in [header, *table]) for i in range(len(header))]
        def show(line: list[str]) -> str:
            return "  ".join(c.ljust(w) if i in left else c.rjust(w)
                             for i, (c, w) in enumerate(zip(line, widths))).rstrip()
        print(show(header))
        print("  ".join("-" * w for w in widths))
        for line in table:
            print(show(line))
    if failures:
        print()
        print("Problems:")
        for f in failures:
            print(f"  - {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

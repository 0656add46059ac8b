#!/usr/bin/env python3
"""Compares the runtime with the running CPython on many random cases.

Usage: bulk_check.py RT_CALC MODE [--seed N] [--count N]
MODE is one of: int, convert, float_ops, repr.

Cases where CPython's answer is a value are sent to one rt_calc process and
its output is compared line by line.  Cases where the compiled program must
raise run one rt_calc process each (a sample of them), checking exit status
1 and the stderr line.  Exits non-zero on any mismatch.
"""
import argparse
import math
import random
import struct
import subprocess
import sys

sys.set_int_max_str_digits(0)

SAME_MESSAGES = sys.version_info[:2] == (3, 11)  # message texts are 3.11's
NEG_POW = "TypeError: AIthon compiles int ** int to int; a negative exponent would give a float (use a float base)"
COMPLEX_POW = "TypeError: AIthon does not support complex results of float ** float"


class Raises:
    def __init__(self, line):
        self.line = line


def bits_of(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def double_of(hexbits):
    return struct.unpack("<d", struct.pack("<Q", int(hexbits, 16)))[0]


def outcome(fn, render):
    """CPython's answer rendered as rt_calc prints it, or Raises(stderr line)."""
    try:
        r = fn()
    except (ZeroDivisionError, OverflowError) as e:
        return Raises(f"{type(e).__name__}: {e}")
    return render(r)


def cmp3(a, b):
    return str((a > b) - (a < b))


# ---- random values --------------------------------------------------------

def rand_int(rng, max_bits=2000):
    kind = rng.random()
    if kind < 0.25:
        v = rng.getrandbits(rng.randint(0, 8))
    elif kind < 0.5:  # around the small/big boundary and int64
        edge = rng.choice([62, 63, 64])
        v = (1 << edge) + rng.randint(-3, 3)
    elif kind < 0.75:
        v = rng.getrandbits(rng.randint(55, 130))
    else:
        v = rng.getrandbits(rng.randint(1, max_bits))
    return -v if rng.random() < 0.5 else v


def rand_double(rng):
    kind = rng.random()
    if kind < 0.15:
        return rng.choice([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, math.inf, -math.inf, math.nan,
                           5e-324, -5e-324, 1.7976931348623157e308, -1.7976931348623157e308, 2.0 ** 53, 0.1])
    if kind < 0.4:
        return double_of("%016x" % rng.getrandbits(64))
    if kind < 0.7:
        return float(rng.randint(-1000, 1000)) / rng.choice([1, 2, 4, 8, 10, 3])
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)


# ---- modes ------------------------------------------------------------------

def int_cases(rng, n):
    ops = {
        "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
        "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
    }
    for _ in range(n):
        op = rng.choice(list(ops) + ["cmp", "neg", "pow", "int"])
        a, b = rand_int(rng), rand_int(rng)
        if rng.random() < 0.1:
            b = rng.choice([0, 1, -1, a, -a])
        if op in ops:
            yield f"{op} {a} {b}", outcome(lambda: ops[op](a, b), str)
        elif op == "cmp":
            yield f"cmp {a} {b}", cmp3(a, b)
        elif op == "neg":
            yield f"neg {a}", str(-a)
        elif op == "int":
            yield f"int {a}", str(a)
        else:
            base = rand_int(rng, 200) if rng.random() < 0.3 else rng.randint(-20, 20)
            e = rng.randint(-3, 12) if abs(base) > 2 ** 64 else rng.randint(-3, 150)
            yield f"pow {base} {e}", Raises(NEG_POW) if e < 0 else str(base ** e)
    # Large results: printing and parsing of 10**5 digits must be right (and fast).
    yield "pow 10 100000", "1" + "0" * 100000
    yield "pow -7 60000", str((-7) ** 60000)
    big = rng.getrandbits(300000)
    yield f"int {big}", str(big)
    yield f"mul {big} {-big}", str(-big * big)


def convert_cases(rng, n):
    for _ in range(n):
        kind = rng.random()
        if kind < 0.35:
            if rng.random() < 0.5:
                a = rand_int(rng, 1100)
            else:  # near a rounding boundary: 53 bits, then a tie-ish tail
                a = (rng.getrandbits(53) | (1 << 52)) << rng.randint(2, 970)
                a += rng.choice([0, 1, -1]) * (1 << rng.randint(0, 3)) + rng.choice([0, 1, -1])
                a += (a & ~(a - 1)) >> 1 if rng.random() < 0.3 else 0
                a = -a if rng.random() < 0.5 else a
            yield f"tofloat {a}", outcome(lambda: float(a), bits_of)
        elif kind < 0.75:
            a = rand_int(rng, 1200)
            b = rand_int(rng, 1200) or 7
            if rng.random() < 0.2:  # quotient near the top or bottom of the float range
                b = rng.getrandbits(rng.randint(1, 200)) | 1
                a = (b << rng.choice([1022, 1023, 1024])) + rng.randint(-b, b)
                if rng.random() < 0.5:
                    a, b = b, a
            yield f"truediv {a} {b}", outcome(lambda: a / b, bits_of)
        else:
            x = rand_double(rng)
            if math.isfinite(x) and rng.random() < 0.6:
                b = int(x) + rng.randint(-2, 2)
            else:
                b = rand_int(rng, 1100)
            yield f"fcmp {bits_of(x)} {b}", "2" if math.isnan(x) else cmp3(x, b)
    yield "truediv 0 -5", bits_of(-0.0)
    yield "truediv 1 0", Raises("ZeroDivisionError: division by zero")


def float_ops_cases(rng, n):
    def pow_(a, b):
        # CPython goes complex for a negative finite base and a finite
        # non-integer exponent (even where the complex result then overflows).
        if math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b):
            raise TypeError
        return a ** b

    for _ in range(n):
        a, b = rand_double(rng), rand_double(rng)
        if rng.random() < 0.1:
            b = rng.choice([0.0, -0.0, a, -a])
        op = rng.choice(["ffloordiv", "fmod", "fpow"])
        line = f"{op} {bits_of(a)} {bits_of(b)}"
        if op == "ffloordiv":
            yield line, outcome(lambda: a // b, bits_of)
        elif op == "fmod":
            yield line, outcome(lambda: a % b, bits_of)
        else:
            if rng.random() < 0.3:  # integral exponents hit the sign rules
                b = float(rng.randint(-5, 5))
                line = f"{op} {bits_of(a)} {bits_of(b)}"
            try:
                yield line, outcome(lambda: pow_(a, b), bits_of)
            except TypeError:
                yield line, Raises(COMPLEX_POW)


def repr_cases(rng, n):
    values = [0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 5e-324, 1.7976931348623157e308]
    for k in range(-30, 31):  # both sides of the fixed/scientific switch
        p = 10.0 ** k
        values += [p, math.nextafter(p, 0), math.nextafter(p, math.inf), -p, 1.5 * p, 123456789 * p]
    for k in range(0, 1024, 7):
        values += [2.0 ** k, 2.0 ** -k, 2.0 ** k + 1]
    values += [double_of("%016x" % rng.getrandbits(64)) for _ in range(n)]
    for _ in range(n // 2):
        digits = str(rng.randint(1, 10 ** rng.randint(1, 17)))
        values.append(float(f"{digits}e{rng.randint(-330, 310)}"))
        values.append(float(f"0.{digits}") * rng.choice([1, 10, 1e10, 1e-10]))
    for x in values:
        yield f"repr {bits_of(x)}", repr(x)


MODES = {"int": int_cases, "convert": convert_cases, "float_ops": float_ops_cases, "repr": repr_cases}


# ---- comparison -----------------------------------------------------------

def same(got, want):
    if len(want) == 16 and len(got) == 16 and all(c in "0123456789abcdef" for c in want):
        g, w = double_of(got), double_of(want)
        if math.isnan(g) or math.isnan(w):
            return math.isnan(g) and math.isnan(w)
    return got == want


def show(s):
    return s if len(s) < 200 else s[:90] + f"...({len(s)} chars)..." + s[-90:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rt_calc")
    ap.add_argument("mode", choices=sorted(MODES))
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--max-error-runs", type=int, default=150)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    values, errors = [], []
    for line, want in MODES[args.mode](rng, args.count):
        (errors if isinstance(want, Raises) else values).append((line, want))

    failures = 0
    proc = subprocess.run([args.rt_calc], input="".join(l + "\n" for l, _ in values),
                          capture_output=True, text=True)
    got_lines = proc.stdout.split("\n")
    if proc.returncode != 0 or len(got_lines) != len(values) + 1:
        print(f"rt_calc failed: status {proc.returncode}, {len(got_lines) - 1} lines for {len(values)} cases")
        print(show(proc.stderr))
        failures += 1
    for (line, want), got in zip(values, got_lines):
        if not same(got, want):
            failures += 1
            if failures <= 20:
                print(f"MISMATCH {show(line)}\n  got      {show(got)}\n  expected {show(want)}")

    rng.shuffle(errors)
    for line, want in errors[: args.max_error_runs]:
        p = subprocess.run([args.rt_calc], input=line + "\n", capture_output=True, text=True)
        err = p.stderr.rstrip("\n")
        ok_text = err == want.line if SAME_MESSAGES else err.split(":")[0] == want.line.split(":")[0]
        if p.returncode != 1 or p.stdout != "" or not ok_text:
            failures += 1
            if failures <= 20:
                print(f"ERROR CASE {show(line)}\n  got status {p.returncode}, stderr {err!r}\n  expected {want.line!r}")

    checked_errors = min(len(errors), args.max_error_runs)
    print(f"{args.mode}: {len(values)} value cases, {checked_errors} error cases, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

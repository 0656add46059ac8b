#!/usr/bin/env bash
# `make demo`: compile each example with aithon, run it, and show that CPython
# prints exactly the same.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/examples
mkdir -p "$out"
status=0
for example in examples/*.py; do
  name=$(basename "$example" .py)
  echo "=== $example"
  start=$EPOCHREALTIME
  .venv/bin/aithon "$example" -o "$out/$name"
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" -v p="$out/$name" 'BEGIN { printf "    compiled in %.2f s; running %s:\n", e - s, p }'
  "./$out/$name" | tee "$out/$name.out"
  # PYTHONPATH: examples import aithon.actors, whose asyncio twin is plain Python.
  if PYTHONPATH="$PWD" python3 "$example" | cmp -s - "$out/$name.out"; then
    echo "    (identical to python3's output)"
  else
    echo "    DIFFERS from python3's output" >&2
    status=1
  fi
done
exit $status

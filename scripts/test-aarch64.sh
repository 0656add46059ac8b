#!/usr/bin/env bash
# The actor runtime's tests on AArch64, under user-mode emulation (qemu), on
# an x86-64 Debian machine: `make test-aarch64`, part of `make test`.  This
# is what tests the hand-written AArch64 stack switch (context_aarch64.S).
# On an AArch64 machine the plain CTest suite covers it; this script is
# for x86-64 hosts only.
#
# Installs when missing: qemu-user, g++-aarch64-linux-gnu (the C library and
# libstdc++ to link against) and libgmp-dev:arm64.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(uname -m)" != x86_64 ]; then
  echo "test-aarch64: not an x86-64 host; the CTest suite runs natively there"
  exit 0
fi
R=runtime
O=build/aarch64
TESTS="test_mpsc_queue test_run_deque test_basics test_links test_faults test_supervision test_scheduling test_million"

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
if ! command -v qemu-aarch64 > /dev/null || ! command -v aarch64-linux-gnu-g++ > /dev/null ||
   [ ! -e /usr/lib/aarch64-linux-gnu/libgmp.a ]; then
  echo "Installing qemu-user, g++-aarch64-linux-gnu, libgmp-dev:arm64"
  $sudo dpkg --add-architecture arm64
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user g++-aarch64-linux-gnu libgmp-dev:arm64 > /dev/null
fi

# gmp.h of the arm64 package, alone (the host's include path has the x86-64 one).
mkdir -p $O/obj $O/bin $O/gmpinc
ln -sf /usr/include/aarch64-linux-gnu/gmp.h $O/gmpinc/gmp.h
COMMON="--target=aarch64-linux-gnu -O2 -pthread -I$R/include -I$R/src -isystem $O/gmpinc"
CXXFLAGS="$COMMON -std=c++20 -fPIC -fno-exceptions -fno-rtti -Wall -Wextra"

objs=()
for f in $R/src/*.cpp $R/src/actor/*.cpp; do
  o=$O/obj/$(basename "${f%.cpp}").o
  objs+=("$o")
  clang++-22 $CXXFLAGS -c "$f" -o "$o" &
  while (( $(jobs -r | wc -l) >= 2 )); do wait -n; done
done
wait
clang++-22 --target=aarch64-linux-gnu -fPIC -c $R/src/actor/context_aarch64.S -o $O/obj/context_aarch64.o
objs+=("$O/obj/context_aarch64.o")
rm -f $O/libaithon_rt.a
llvm-ar-22 rcs $O/libaithon_rt.a "${objs[@]}"
for t in $TESTS; do
  clang++-22 $COMMON -std=c++20 -I$R/tests -I$R/tests/actors $R/tests/actors/$t.cpp $O/libaithon_rt.a \
    /usr/lib/aarch64-linux-gnu/libgmp.a -lm -o $O/bin/$t &
  while (( $(jobs -r | wc -l) >= 2 )); do wait -n; done
done
wait

# -L with LD_LIBRARY_PATH: the cross toolchain's loader with its own C
# library (with only -L, the loader may pick the arm64 libc that
# libgmp-dev:arm64 registered, whose version differs, and threads hang).
# ulimit -v: qemu keeps a table entry per guest page, so the runtime's 1 TiB
# stack reservation would cost gigabytes; refused, the runtime reserves less.
QEMU="qemu-aarch64 -L /usr/aarch64-linux-gnu -E LD_LIBRARY_PATH=/usr/aarch64-linux-gnu/lib"
failed=0
for t in $TESTS; do
  if (ulimit -v 80000000; timeout 600 $QEMU $O/bin/$t > $O/$t.log 2>&1); then
    echo "PASS $t"
  else
    echo "FAIL $t (see $O/$t.log)"
    failed=1
  fi
done
exit $failed

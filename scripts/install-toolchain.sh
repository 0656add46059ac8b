#!/usr/bin/env bash
# Install the system packages AIthon needs when they are missing:
# LLVM 22 (mlir-opt-22, mlir-translate-22, clang-22, and clang's sanitizer
# runtimes for the runtime's TSan/ASan test builds), GMP, CMake.
set -euo pipefail

need=()
command -v mlir-opt-22 > /dev/null       || need+=(mlir-22-tools)
command -v mlir-translate-22 > /dev/null || need+=(mlir-22-tools)
command -v clang-22 > /dev/null          || need+=(clang-22)
command -v llvm-dwarfdump-22 > /dev/null || need+=(llvm-22)
command -v cmake > /dev/null             || need+=(cmake)
ls /usr/lib/llvm-22/lib/clang/22/lib/linux/libclang_rt.tsan-*.a > /dev/null 2>&1 || need+=(libclang-rt-22-dev)
[ -e /usr/include/gmp.h ] || [ -e /usr/include/x86_64-linux-gnu/gmp.h ] || need+=(libgmp-dev)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

# De-duplicate while keeping order.
packages=$(printf '%s\n' "${need[@]}" | awk '!seen[$0]++' | tr '\n' ' ')
echo "Installing missing system packages: $packages"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo > /dev/null || { echo "error: need root (or sudo) to install: $packages" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $packages > /dev/null

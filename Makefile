# The two commands of the README:
#   make demo   compile and run the examples
#   make test   run every test (lit, pytest, the differential suite, CTest)
# Both install what is missing: the Debian LLVM 22 / GMP / CMake packages (apt-get)
# and a local virtual environment with the pinned Python packages.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
JOBS   ?= 2
RUNTIME_LIB := build/runtime/libaithon_rt.a

.PHONY: all setup toolchain venv runtime demo test test-lit test-unit test-runtime test-runtime-sanitizers test-aarch64 bench bench-actors clean

all: setup

setup: toolchain venv runtime

# System packages: LLVM 22 (mlir-opt, mlir-translate, clang), GMP, CMake.
toolchain:
	@scripts/install-toolchain.sh

$(BIN)/aithon: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

venv: $(BIN)/aithon

runtime: toolchain
	cmake -S runtime -B build/runtime -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 > /dev/null
	cmake --build build/runtime -j $(JOBS)

demo: setup
	@scripts/demo.sh

test: setup
	$(MAKE) test-runtime test-runtime-sanitizers test-aarch64 test-unit test-lit

test-runtime: runtime
	ctest --test-dir build/runtime --output-on-failure -j $(JOBS)

# The runtime's whole CTest suite again under ThreadSanitizer and
# AddressSanitizer (a report fails the test).
test-runtime-sanitizers: toolchain
	@for s in thread address; do \
	  cmake -S runtime -B build/runtime-$$s -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAITHON_SANITIZE=$$s \
	    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 > /dev/null && \
	  cmake --build build/runtime-$$s -j $(JOBS) > /dev/null && \
	  echo "== runtime tests under $$s sanitizer" && \
	  ctest --test-dir build/runtime-$$s --output-on-failure -j $(JOBS) || exit 1; \
	done

# The actor runtime's tests cross-built for AArch64 and run under qemu, so
# the hand-written AArch64 stack switch is tested on this x86-64 machine.
test-aarch64: toolchain
	@scripts/test-aarch64.sh

test-unit: venv runtime
	$(BIN)/pytest -q test/unit test/differential

test-lit: venv runtime
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/lit -sv test/lit

bench: setup
	@command -v pypy3 > /dev/null || apt-get install -y pypy3
	$(BIN)/python bench/run.py

clean:
	rm -rf build

bench-actors: runtime
	$(PYTHON) bench/actors/run.py

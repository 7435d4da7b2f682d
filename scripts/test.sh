#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command 2: installs dependencies, builds, and runs every test — the normal build
# and the engine tests again under AddressSanitizer + UndefinedBehaviorSanitizer, then a short
# run of every fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
export QT_QPA_PLATFORM=offscreen

scripts/build.sh
ctest --test-dir build --output-on-failure --timeout 900 -j "$(nproc)"

# Everything the build used (CMake configs, system headers, linked libraries) comes from a
# package scripts/deps.sh installs, so the two README commands also work on a fresh machine.
/usr/bin/python3 scripts/check_deps_complete.py build
# ... and the check can fail: without a package the build needs, it must say so.
if /usr/bin/python3 scripts/check_deps_complete.py build --without libqt6opengl6-dev \
    >/dev/null 2>&1; then
    echo "check_deps_complete did not notice libqt6opengl6-dev missing from deps.sh" >&2
    exit 1
fi

# The Debian package: built, inspected, unpacked into a temporary root and run from there.
scripts/check-package.sh build

# Sanitizer pass over the engine (no GUI): malformed, random and truncated inputs.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPICKLESCOPE_SANITIZE=ON \
    -DPICKLESCOPE_BUILD_GUI=OFF >/dev/null
cmake --build build-asan --parallel "$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure --timeout 1800 -j "$(nproc)" \
    -L sanitize

# Fuzz smoke (tests/fuzz/README.md): every libFuzzer target for 60 s from the seed corpora,
# clang with ASan + UBSan; any crash, hang or out-of-memory input fails the run.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DPICKLESCOPE_FUZZ=ON \
    -DPICKLESCOPE_BUILD_GUI=OFF -DPICKLESCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz --parallel "$(nproc)" --target fuzzers
tests/fuzz/run.sh build-fuzz 60 build-fuzz/smoke

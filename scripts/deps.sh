#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs everything PickleScope needs to build and test on Debian 12 / Ubuntu 22.04+.
# Idempotent: packages already present are skipped by apt.
# `deps.sh --list` prints the package names (scripts/check_deps_complete.py reads them).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    zlib1g-dev libbz2-dev liblzma-dev liblz4-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libgl-dev libqt6opengl6-dev libxkbcommon-dev
    xvfb xauth
    # Packaging (cmake --install, cpack -G DEB) and its checks: man pages from --help, the
    # package's Depends (dpkg-shlibdeps, in dpkg-dev; CPack runs `file` before it), desktop-file
    # and AppStream validators.
    help2man dpkg-dev file desktop-file-utils appstream
    # Fuzzing (tests/fuzz, the smoke run in scripts/test.sh): clang with libFuzzer and the
    # sanitizer runtimes (libclang-rt, only recommended by clang), llvm-symbolizer for traces.
    clang libclang-rt-14-dev llvm
    # Tests only: the real Python libraries load what PickleScope writes (never the product).
    python3 python3-numpy python3-sklearn python3-joblib python3-pandas python3-scipy
    python3-torch python3-lz4
)

if [[ "${1:-}" == "--list" ]]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command 1: installs dependencies, builds, and opens the bundled example model in the
# PickleScope window.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
example="resources/examples/spam_classifier.joblib"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != "offscreen" ]]; then
    # No desktop session (e.g. over ssh): say so, and show the example with the CLI instead.
    echo "No display found: run 'build/app/picklescope $example' from a desktop session," >&2
    echo "or 'xvfb-run -a build/app/picklescope $example'. The example, read by the CLI:" >&2
    build/app/picklescope-cli info "$example"
    exit 0
fi
exec build/app/picklescope "$example" "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command 1: installs dependencies, builds, and opens the bundled example model.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
example="resources/examples/spam_classifier.joblib"
# The desktop window arrives with the GUI; until then the CLI shows the example's tree.
build/app/picklescope-cli info "$example"
echo
build/app/picklescope-cli tree "$example" --depth 3

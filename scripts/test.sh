#!/usr/bin/env bash
# The second README command: sets up if needed, builds, and runs every test
# with ctest. Extra arguments go to ctest (e.g. -L golden, -LE kernel).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build=${KBINDGEN_BUILD_DIR:-$root/build}
cd "$build"
ctest --output-on-failure -j"$(nproc)" "$@"

#!/usr/bin/env bash
# Runs the libFuzzer targets (test/libfuzzer) for longer than CI does:
#
#   scripts/fuzz.sh [--seconds N] [TARGET...]
#
# N seconds per target (default 3600), one target after another; all
# targets when none is named. Builds kbindgen (its IR dumps seed the IR
# reader) and the fuzz build (build/libfuzzer-build) first. Corpora grow in
# build/libfuzzer-work; docs/targets-and-fuzzing.md tells what to do with a
# crash.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=3600
if [ "${1:-}" = "--seconds" ]; then
  seconds=$2
  shift 2
fi
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build=${KBINDGEN_BUILD_DIR:-$root/build}
launcher=""
command -v ccache >/dev/null 2>&1 && launcher=ccache
python3 "$root/test/libfuzzer/run.py" build --source "$root" \
  --build "$build/libfuzzer-build" --launcher "$launcher"
exec python3 "$root/test/libfuzzer/run.py" fuzz --build "$build/libfuzzer-build" \
  --kbindgen "$build/tools/kbindgen/kbindgen" --work "$build/libfuzzer-work" \
  --seconds "$seconds" "$@"

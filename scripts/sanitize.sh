#!/usr/bin/env bash
# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (issue 14): builds kbindgen and its tests with
# -fsanitize=address,undefined -fno-sanitize-recover=all into
# ${KBINDGEN_BUILD_DIR:-build-sanitize} and runs ctest there, without the slow
# labels (kernelbuild, targets, fuzz) and the libFuzzer runs (they have their
# own sanitized build). Any report fails the test that ran into it. Extra
# arguments go to ctest (e.g. -L golden). Not part of .ci/run: it costs about
# two builds and twice the suite's time (docs/targets-and-fuzzing.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export KBINDGEN_BUILD_DIR=${KBINDGEN_BUILD_DIR:-$root/build-sanitize}
export KBINDGEN_SANITIZE=1
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
# Leaks are reported too: a run that leaks fails like any other finding.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$KBINDGEN_BUILD_DIR"
if [ $# -eq 0 ]; then
  set -- -LE 'kernelbuild|targets|fuzz|libfuzzer'
fi
ctest --output-on-failure -j"$(nproc)" "$@"

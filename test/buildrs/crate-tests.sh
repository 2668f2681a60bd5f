#!/usr/bin/env bash
# The kbindgen crate's own tests (cargo test --offline), on a copy in WORK so
# that cargo writes neither Cargo.lock nor target/ into the source tree.
# tests/real_kbindgen.rs runs every builder method against KBINDGEN.
#   crate-tests.sh KBINDGEN SOURCE_ROOT WORK     (CARGO names cargo, else PATH's)
set -euo pipefail
kbindgen=$(realpath "$1") source_root=$(realpath "$2") work=$3
rm -rf "$work"
mkdir -p "$work"
cp -r "$source_root/crates/kbindgen" "$work/kbindgen"
cd "$work/kbindgen"
KBINDGEN_TEST_EXECUTABLE=$kbindgen "${CARGO:-cargo}" test --offline --no-fail-fast -- --nocapture 2>&1 |
  tee "$work/test.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
# The real kbindgen was run, not skipped for want of the variable.
grep -q '^checked [0-9]* options against kbindgen$' "$work/test.log"

#!/usr/bin/env bash
# The kbindgen crate's own tests (cargo test --offline), on a copy in WORK so
# that cargo writes neither Cargo.lock nor target/ into the source tree.
#   crate-tests.sh SOURCE_ROOT WORK         (CARGO names cargo, else PATH's)
set -euo pipefail
source_root=$1 work=$2
rm -rf "$work"
mkdir -p "$work"
cp -r "$source_root/crates/kbindgen" "$work/kbindgen"
cd "$work/kbindgen"
"${CARGO:-cargo}" test --offline

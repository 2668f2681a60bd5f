#!/usr/bin/env bash
# The kbindgen crate builds and passes its tests with the Rust release its
# Cargo.toml names as rust-version: Debian 12's rustc 1.63, unpacked by
# scripts/fetch-msrv-rustc.sh. Plain rustc, as cargo 1.63 is not at hand.
#   msrv.sh KBINDGEN SOURCE_ROOT WORK   (KBINDGEN_MSRV_DIR: the unpacked rustc)
set -euo pipefail
kbindgen=$(realpath "$1") crate=$(realpath "$2")/crates/kbindgen work=$3
dir=${KBINDGEN_MSRV_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kbindgen/rustc-msrv}
if [ ! -x "$dir/usr/bin/rustc" ]; then
  echo "FAIL: no rustc in $dir (scripts/install-deps.sh runs fetch-msrv-rustc.sh)" >&2
  exit 1
fi
export LD_LIBRARY_PATH=$dir/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
rustc() { "$dir/usr/bin/rustc" --edition 2021 -D warnings -A deprecated "$@"; }

declared=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' "$crate/Cargo.toml")
actual=$(rustc --version | cut -d' ' -f2)
[ -n "$declared" ] || { echo "FAIL: Cargo.toml has no rust-version" >&2; exit 1; }
case $actual in
"$declared" | "$declared".*) ;;
*) echo "FAIL: rust-version $declared, but the MSRV rustc is $actual" >&2; exit 1 ;;
esac

rm -rf "$work"
mkdir -p "$work"
rustc --crate-type lib --crate-name kbindgen "$crate/src/lib.rs" -o "$work/libkbindgen.rlib"
rustc --test --crate-name kbindgen "$crate/src/lib.rs" -o "$work/unit"
"$work/unit" -q
for test in "$crate"/tests/*.rs; do
  name=$(basename "$test" .rs)
  rustc --test "$test" --extern kbindgen="$work/libkbindgen.rlib" -o "$work/$name"
  KBINDGEN_TEST_EXECUTABLE=$kbindgen "$work/$name" -q --nocapture 2>&1 | tee "$work/$name.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
done
# The real kbindgen was run, not skipped for want of the variable.
grep -q '^checked [0-9]* options against kbindgen$' "$work/real_kbindgen.log"
echo "the kbindgen crate builds and passes its tests with rustc $actual"

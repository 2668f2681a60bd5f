#!/usr/bin/env bash
# Debian's bindgen 0.60.1 dressed up to pass 6.12's checks (too old: the
# kernel wants 0.65.1), for measurements against the generator the kernel
# used before kbindgen: answers --version with `bindgen 0.65.1`; runs
# test/kernel/standin-bindgen.sh (libclang 14 via LIBCLANG_PATH,
# --rust-target 1.47, clang-19-only flags dropped and -w added as
# oracle-clang-args.txt says); then the one hand fix the kernel needs:
# `BUG()` declared `-> !` (the C function is __noreturn).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
case "${1:-}" in
--version) echo "bindgen 0.65.1"; exit 0 ;; # the kernel reads the last "bindgen X.Y.Z"
esac
"$here/../kernel/standin-bindgen.sh" "$@"
out=
prev=
for arg in "$@"; do
  [ "$prev" = -o ] && out=$arg
  prev=$arg
done
if [ -n "$out" ]; then
  sed -i -E 's/pub fn (rust_helper_)?BUG\(\);/pub fn \1BUG() -> !;/' "$out"
fi

#!/usr/bin/env bash
# A development aid, not used by the test: Debian's bindgen 0.60.1 dressed up
# as a generator the test can run in kbindgen's place, to exercise the test's
# own scripts: run-kernel-test.sh standin-bindgen.sh
# It runs bindgen with libclang 14, asks for --rust-target 1.47 whatever target
# is given (0.60.1 knows no newer one), and changes the clang arguments as
# oracle-clang-args.txt says. Expect failures bindgen is known for (steps 5-6).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
args=()
prev=
in_clang_args=0
for arg in "$@"; do
  if [ "$prev" = --rust-target ]; then
    arg=1.47
  elif [ $in_clang_args = 1 ] && grep -qxF "drop $arg" "$here/oracle-clang-args.txt"; then
    continue
  fi
  [ "$arg" = -- ] && in_clang_args=1
  args+=("$arg")
  prev=$arg
done
if [ $in_clang_args = 1 ]; then
  mapfile -t -O ${#args[@]} args < <(sed -n 's/^add //p' "$here/oracle-clang-args.txt")
fi
LIBCLANG_PATH=${KBINDGEN_ORACLE_LIBCLANG_PATH:-/usr/lib/llvm-14/lib} \
  exec "${KBINDGEN_ORACLE_BINDGEN:-/usr/bin/bindgen}" "${args[@]}"

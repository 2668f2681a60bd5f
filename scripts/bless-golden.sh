#!/bin/sh
# Regenerate the expected output test/golden/NAME.rs from NAME.h (with the
# flags on its first line) and print what changed, for a reviewer to read.
#
#   scripts/bless-golden.sh [KBINDGEN] [NAME...]
#
# KBINDGEN defaults to $KBINDGEN, else build/tools/kbindgen/kbindgen. NAME may
# be `struct_plain`, `struct_plain.h` or a path; no NAME blesses every header.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
golden="$root/test/golden"

tool=${KBINDGEN:-$root/build/tools/kbindgen/kbindgen}
if [ $# -gt 0 ] && [ -f "$1" ] && [ -x "$1" ]; then
  tool=$1
  shift
fi
case $tool in /*) ;; *) tool=$(pwd)/$tool ;; esac
if [ ! -x "$tool" ]; then
  echo "bless-golden.sh: no kbindgen at $tool (pass it as the first argument)" >&2
  exit 2
fi

if [ $# -eq 0 ]; then
  set -- "$golden"/*.h
fi
headers=""
for name in "$@"; do
  base=$(basename "$name" .h)
  base=$(basename "$base" .rs)
  if [ ! -f "$golden/$base.h" ]; then
    echo "bless-golden.sh: no header $golden/$base.h" >&2
    exit 2
  fi
  headers="$headers $golden/$base.h"
done
# shellcheck disable=SC2086
exec python3 "$golden/golden.py" bless "$tool" $headers

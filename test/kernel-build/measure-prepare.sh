#!/usr/bin/env bash
# A measurement, not a test: wall time of the kernel's `make -j2 prepare` (and
# of each generator run inside it) with kbindgen and with Debian's bindgen
# 0.60.1 dressed up to pass the kernel's checks. Each generator gets a fresh
# tree and the whole recipe of run-kernel-build.sh (mode kernel), one after the
# other so that they do not share the two cores.
#
# The other generator is bindgen-0.60.1-shim.sh (Debian's bindgen 0.60.1, too
# old for 6.12, dressed up to pass its checks; the script says how). The
# kernel itself is configured with LLVM=-19 in both runs.
#
# Usage: measure-prepare.sh KBINDGEN [WORK_DIR]   (default ./measure-prepare)
# KBINDGEN_MEASURE_GENERATORS="kbindgen shim" (default) chooses the runs.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ $# -ge 1 ] || { echo "usage: measure-prepare.sh KBINDGEN [WORK_DIR]" >&2; exit 2; }
kbindgen=$(realpath "$1")
work=${2:-$PWD/measure-prepare}
mkdir -p "$work"
work=$(cd "$work" && pwd)

shim=$here/bindgen-0.60.1-shim.sh

status=0
generators=${KBINDGEN_MEASURE_GENERATORS:-kbindgen shim}
for generator in $generators; do
  exe=$kbindgen
  [ $generator = shim ] && exe=$shim
  KBINDGEN_KERNEL_BUILD_WORK=$work/$generator \
    "$here/run-kernel-build.sh" "$exe" kernel || status=1
done
for generator in $generators; do
  echo "== $generator"
  cat "$work/$generator/summary.txt" 2>/dev/null || echo "  (no summary)"
done
exit $status

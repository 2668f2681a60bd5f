#!/usr/bin/env bash
# A measurement, not a test: wall time of the kernel's `make -j2 prepare` (and
# of each generator run inside it) with kbindgen and with Debian's bindgen
# 0.60.1 dressed up to pass the kernel's checks. Each generator gets a fresh
# tree and the whole recipe of run-kernel-build.sh (mode kernel), one after the
# other so that they do not share the two cores.
#
# The shim around bindgen 0.60.1 (too old for 6.12, which wants 0.65.1):
# answers --version with `bindgen 0.65.1`; runs test/kernel/standin-bindgen.sh
# (libclang 14 via LIBCLANG_PATH, --rust-target 1.47, clang-19-only flags
# dropped and -w added as oracle-clang-args.txt says); then the one hand fix
# the kernel needs: `BUG()` declared `-> !` (the C function is __noreturn).
# The kernel itself is configured with LLVM=-19 in both runs.
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

shim=$work/bindgen-0.60.1-shim.sh
cat >"$shim" <<SHIM
#!/usr/bin/env bash
set -euo pipefail
case "\${1:-}" in
--version) echo "bindgen 0.65.1"; exit 0 ;; # the kernel reads the last "bindgen X.Y.Z"
esac
"$here/../kernel/standin-bindgen.sh" "\$@"
out=
prev=
for arg in "\$@"; do [ "\$prev" = -o ] && out=\$arg; prev=\$arg; done
if [ -n "\$out" ]; then
  sed -i -E 's/pub fn (rust_helper_)?BUG\(\);/pub fn \\1BUG() -> !;/' "\$out"
fi
SHIM
chmod +x "$shim"

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

# Shared helpers for the kernel acceptance test scripts (sourced, not run).
# Every script of test/kernel/ sources this file for paths, logging and timing.

set -euo pipefail

KTEST_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# The kernel tree is extracted and prepared once, then reused (see prepare.sh).
KERNEL_CACHE=${KBINDGEN_KERNEL_CACHE:-$HOME/.cache/kbindgen/linux-6.12}
KERNEL_TARBALL=${KBINDGEN_KERNEL_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
# The LLVM suffix of the toolchain the kernel is configured with. It must be the
# version of kbindgen's libclang: the kernel's C flags depend on the compiler
# version and reach libclang unfiltered (shared/KERNEL.md, C4).
KERNEL_LLVM=${KBINDGEN_KERNEL_LLVM:--19}
# Where generated files, logs and the harness live; one run overwrites the last.
WORK_DIR=${KBINDGEN_KERNEL_WORK:-$PWD/kernel-work}
JOBS=${KBINDGEN_KERNEL_JOBS:-2}
# The scripts change directory: make both paths absolute.
[[ $KERNEL_CACHE == /* ]] || KERNEL_CACHE=$PWD/$KERNEL_CACHE
[[ $WORK_DIR == /* ]] || WORK_DIR=$PWD/$WORK_DIR

log() { printf '[kernel-test] %s\n' "$*" >&2; }
die() {
  printf '[kernel-test] FAIL: %s\n' "$*" >&2
  exit 1
}

# now_s: wall clock in seconds with millisecond resolution.
now_s() { date +%s.%N | cut -c1-14; }
# elapsed START: seconds since START, three decimals.
elapsed() { awk -v s="$1" -v e="$(now_s)" 'BEGIN { printf "%.3f", e - s }'; }

# record_time NAME SECONDS: append to the timings file read by the summary.
record_time() {
  mkdir -p "$WORK_DIR"
  printf '%s\t%s\n' "$1" "$2" >>"$WORK_DIR/timings.tsv"
}

# Run as root, or through sudo when it is available.
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root to run: $*"
  fi
}

# The rustc used for the harness: RUSTC if set, else Debian's rustc-web (what
# the kernel build of issue 8 uses), else the first rustc on PATH.
pick_rustc() {
  if [ -n "${RUSTC:-}" ]; then
    echo "$RUSTC"
  elif [ -x /usr/bin/rustc ]; then
    echo /usr/bin/rustc
  else
    command -v rustc || die "no rustc found"
  fi
}

# read_recorded_command ARGS_FILE: split a recorded generator command line
# (flags.sh) into the arrays rec_options (generator options, without the
# input header and -o OUTPUT) and rec_clang (clang arguments after `--`,
# without Kbuild's -Wp,-MMD dependency flag), for scripts that rerun it with
# another input or outputs.
read_recorded_command() {
  local -a recorded
  mapfile -t recorded <"$1"
  rec_options=()
  rec_clang=()
  local in_clang=0 i=1 arg
  while [ $i -lt ${#recorded[@]} ]; do
    arg=${recorded[i]}
    if [ $in_clang = 1 ]; then
      [[ $arg == -Wp,-MMD,* ]] || rec_clang+=("$arg")
    elif [ "$arg" = -o ]; then
      i=$((i + 1))
    elif [ "$arg" = -- ]; then
      in_clang=1
    else
      rec_options+=("$arg")
    fi
    i=$((i + 1))
  done
}

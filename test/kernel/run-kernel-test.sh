#!/usr/bin/env bash
# The kernel acceptance test of issue 3: kbindgen as the kernel's BINDGEN, on
# Debian's linux-source-6.12 (x86_64 defconfig, clang 19), with the kernel's
# own command lines.
#   1 prepare.sh   tools installed, kernel tree extracted and prepared (cached)
#   2 flags.sh     the kernel's make computes its three bindgen command lines
#   3 generate.sh  bindings_generated.rs, uapi_generated.rs,
#                  bindings_helpers_generated.rs, with rust/Makefile's sed
#   4 harness.sh   compiled as the kernel's ffi, bindings and uapi crates
#   5              again without --no-layout-tests: layout assertions hold
#   6              again without any --opaque-type line of bindgen_parameters
#   7 compare.py   every item Debian's bindgen 0.60.1 emits, kbindgen emits
#                  (or expected-differences.txt says why not)
#   8              `make rustavailable` (scripts/rust_is_available.sh) accepts
#                  kbindgen as BINDGEN (run right after step 2)
#   9 macros.sh    without the RUST_CONST_HELPER_ lines of bindings_helper.h,
#                  the macros come out by themselves with the kernel's values
#                  and types, proven by clang (issue 4)
#  10 wrappers.sh  --wrap-static-fns in the kernel's naming: the C compiles
#                  with the kernel's flags; which rust/helpers it replaces
# Prints a summary table; exits non-zero if any step fails.
#
# Usage: run-kernel-test.sh KBINDGEN
# Environment: KBINDGEN_KERNEL_CACHE (prepared tree, default
# ~/.cache/kbindgen/linux-6.12), KBINDGEN_KERNEL_WORK (results, default
# ./kernel-work), KBINDGEN_KERNEL_LLVM (default -19), RUSTC,
# KBINDGEN_ORACLE_BINDGEN (default /usr/bin/bindgen),
# KBINDGEN_ORACLE_LIBCLANG_PATH (default /usr/lib/llvm-14/lib).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 1 ] || die "usage: run-kernel-test.sh KBINDGEN"
[ -x "$1" ] || die "not an executable: $1"
kbindgen=$(realpath "$1")
mkdir -p "$WORK_DIR"
WORK_DIR=$(cd "$WORK_DIR" && pwd)
export KBINDGEN_KERNEL_WORK=$WORK_DIR
rm -rf "$WORK_DIR"/{rec-*,out-*,compare,timings.tsv,steps.tsv}

oracle_bindgen=${KBINDGEN_ORACLE_BINDGEN:-/usr/bin/bindgen}
oracle_libclang=${KBINDGEN_ORACLE_LIBCLANG_PATH:-/usr/lib/llvm-14/lib}
outputs=(bindings_generated uapi_generated bindings_helpers_generated)
declare -A step_result
failed_steps=()

# step NUMBER DESCRIPTION COMMAND...: runs a step, records ok or FAIL.
step() {
  local number=$1 description=$2
  shift 2
  log "step $number: $description"
  if "$@"; then
    step_result[$number]=ok
  else
    step_result[$number]=FAIL
    failed_steps+=("$number ($description)")
    log "step $number FAILED: $description"
  fi
  printf '%s\t%s\t%s\n' "$number" "${step_result[$number]}" "$description" >>"$WORK_DIR/steps.tsv"
}

skip() {
  step_result[$1]="skipped: $2"
  log "step $1 skipped: $2"
  printf '%s\t%s\t\n' "$1" "${step_result[$1]}" >>"$WORK_DIR/steps.tsv"
}

ks() { "$KTEST_DIR/$@"; }

generate_and_compile() {
  local variant=$1
  shift
  ks generate.sh "$kbindgen" "$WORK_DIR/rec-kbindgen" "$WORK_DIR/out-$variant" "$variant" &&
    ks harness.sh "$@" "$WORK_DIR/rec-kbindgen" "$WORK_DIR/out-$variant"
}

# The kernel's scripts/rust_is_available.sh, run as `make rustavailable`,
# accepts the generator: version line, libclang version from the #pragma
# message, and the checks for known-bad bindgen/libclang pairs.
rust_available() {
  local log=$WORK_DIR/rustavailable.log
  if make -C "$KERNEL_CACHE" -s LLVM="$KERNEL_LLVM" RUSTC="$(pick_rustc)" \
    BINDGEN="$kbindgen" rustavailable >"$log" 2>&1 &&
    grep -q 'Rust is available!' "$log"; then
    return 0
  fi
  cat "$log" >&2
  return 1
}

oracle_compare() {
  # Debian's bindgen finds its libclang through LIBCLANG_PATH only.
  local wrapper=$WORK_DIR/bindgen-0.60.sh
  printf '#!/bin/sh\nLIBCLANG_PATH=%q exec %q "$@"\n' "$oracle_libclang" \
    "$oracle_bindgen" >"$wrapper"
  chmod +x "$wrapper"
  ks flags.sh "$wrapper" "$WORK_DIR/rec-bindgen" &&
    ks generate.sh "$wrapper" "$WORK_DIR/rec-bindgen" "$WORK_DIR/out-oracle" oracle &&
    python3 "$KTEST_DIR/compare.py" "$KTEST_DIR/expected-differences.txt" \
      "$WORK_DIR/compare" "$WORK_DIR/out-kernel" "$WORK_DIR/out-oracle"
}

run_steps() {
  step 1 "prepare the kernel tree" ks prepare.sh
  [ "${step_result[1]}" = ok ] || return 0
  step 2 "record the kernel's bindgen command lines" \
    ks flags.sh "$kbindgen" "$WORK_DIR/rec-kbindgen"
  step 8 "make rustavailable with BINDGEN=kbindgen" rust_available
  [ "${step_result[2]}" = ok ] || return 0
  ks generate.sh "$kbindgen" "$WORK_DIR/rec-kbindgen" "$WORK_DIR/out-syntax" syntax ||
    log "clang -fsyntax-only failed on the kernel's inputs (timing only)"
  step 3 "generate the three outputs as rust/Makefile does" \
    ks generate.sh "$kbindgen" "$WORK_DIR/rec-kbindgen" "$WORK_DIR/out-kernel" kernel
  if [ "${step_result[3]}" = ok ]; then
    step 4 "compile them in the kernel's crates" \
      ks harness.sh "$WORK_DIR/rec-kbindgen" "$WORK_DIR/out-kernel"
  else
    skip 4 "no outputs"
  fi
  step 5 "with layout tests (--rust-target 1.82)" generate_and_compile layout --run-tests
  step 6 "with layout tests and no --opaque-type" generate_and_compile noopaque --run-tests
  step 9 "RUST_CONST_HELPER_ macros evaluated and proven by clang" \
    ks macros.sh "$kbindgen" "$WORK_DIR/rec-kbindgen" "$WORK_DIR/out-macros"
  step 10 "static inline functions wrapped; the C compiles with the kernel's flags" \
    ks wrappers.sh "$kbindgen" "$WORK_DIR/rec-kbindgen" "$WORK_DIR/out-wrappers"
  if [ "${step_result[3]}" != ok ]; then
    skip 7 "no outputs"
  elif [ ! -x "$oracle_bindgen" ] || [ ! -d "$oracle_libclang" ]; then
    skip 7 "no $oracle_bindgen or $oracle_libclang"
  else
    step 7 "compare item names with bindgen 0.60.1" oracle_compare
  fi
}

start=$(now_s)
run_steps
record_time total "$(elapsed "$start")"
"$KTEST_DIR/summary.sh" "$kbindgen" || true

if [ ${#failed_steps[@]} -ne 0 ]; then
  die "kernel test failed at step(s): ${failed_steps[*]} (details above; results in $WORK_DIR)"
fi
for number in 1 2 3 4 5 6 7 8 9 10; do
  [ "${step_result[$number]:-}" = ok ] || die "step $number did not pass: ${step_result[$number]:-not run}"
done
log "kernel test passed"

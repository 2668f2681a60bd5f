#!/usr/bin/env bash
# Issue 15, acceptance 3: the kernel-style skeleton of every C function that
# Linux 6.12's rust/kernel calls through `bindings::`, compared with how the
# hand-written code uses it (kernel_compare.py says what the classifier can
# and cannot tell). Fails when fewer functions match than
# kernel/compare-expected.txt says.
#
# Usage: kernel-compare.sh KBINDGEN
source "$(dirname "${BASH_SOURCE[0]}")/../kernel/lib.sh"
SAFE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

[ $# -eq 1 ] || die "usage: kernel-compare.sh KBINDGEN"
kbindgen=$(realpath "$1")
mkdir -p "$WORK_DIR"
WORK_DIR=$(cd "$WORK_DIR" && pwd)
export KBINDGEN_KERNEL_WORK=$WORK_DIR
rm -rf "$WORK_DIR"/{rec,compare}
mkdir -p "$WORK_DIR/compare"

"$KTEST_DIR/prepare.sh" || die "cannot prepare the kernel tree"
"$KTEST_DIR/flags.sh" "$kbindgen" "$WORK_DIR/rec" || die "cannot record the command lines"

names=$(python3 "$SAFE_DIR/kernel_compare.py" names "$KERNEL_CACHE/rust/kernel" | paste -sd '|')
[ -n "$names" ] || die "no bindings:: call found under rust/kernel"

# skeleton NAME RECORDED_OUTPUT ALLOWLIST: the kernel-style skeleton of the
# recorded invocation, restricted to ALLOWLIST, without a rules file.
skeleton() {
  local name=$1 recorded=$2 allowlist=$3
  read_recorded_command "$WORK_DIR/rec/$recorded.args"
  local input
  input=$(head -n 1 "$WORK_DIR/rec/$recorded.args")
  (cd "$KERNEL_CACHE" && "$kbindgen" "$input" "${rec_options[@]}" \
    -o "$WORK_DIR/compare/$name.raw.rs" --safe-output "$WORK_DIR/compare/$name.rs" \
    --safe-style kernel --safe-raw-path bindings --safe-allowlist "$allowlist" \
    -- "${rec_clang[@]}") >"$WORK_DIR/compare/$name.log" 2>&1 || {
    tail -20 "$WORK_DIR/compare/$name.log" >&2
    die "$name: kbindgen failed"
  }
}
skeleton bindings bindings_generated "$names"
skeleton helpers bindings_helpers_generated "rust_helper_($names)"

python3 "$SAFE_DIR/kernel_compare.py" compare "$KERNEL_CACHE/rust/kernel" \
  "$SAFE_DIR/kernel/compare-expected.txt" "$WORK_DIR/compare/bindings.rs" \
  "$WORK_DIR/compare/helpers.rs" | tee "$WORK_DIR/compare/report.txt"
exit "${PIPESTATUS[0]}"

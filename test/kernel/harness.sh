#!/usr/bin/env bash
# Steps 4-6 of the kernel acceptance test: compile generated bindings with
# rustc the way the kernel's rust/Makefile compiles its `ffi`, `bindings` and
# `uapi` crates, from the kernel's own rust/ffi.rs, rust/bindings/lib.rs and
# rust/uapi/lib.rs (the lib.rs files include!() the generated files from
# $OBJTREE/rust/...), with the kernel's rustc_cfg and lint flags (-Dwarnings
# included: x86_64_defconfig has CONFIG_WERROR).
#
# Differences from Kbuild, all about code generation, none about what the
# bindings must satisfy: the host target and its prebuilt `core` instead of
# scripts/target.json and a `core` built for it (that is issue 8), so the
# -C/-Z/--target options of KBUILD_RUSTFLAGS are left out.
#
# With --run-tests (layout runs) the bindings and uapi crates are also built
# with --test and run, when the generated code has #[test] functions
# (bindgen-style layout tests), with the flags of the kernel's `make rusttest`:
# rust_common_flags and rustc_cfg (no -Dwarnings there).
#
# Usage: harness.sh [--run-tests] RECORD_DIR OBJTREE
# Writes OBJTREE/harness/: rustc logs, errors.txt (the rustc error count) and
# layout-test-failures.txt (failed #[test] layout tests).
# Exits non-zero when rustc reports an error or a layout test fails.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

run_tests=0
if [ "${1:-}" = --run-tests ]; then
  run_tests=1
  shift
fi
[ $# -eq 2 ] || die "usage: harness.sh [--run-tests] RECORD_DIR OBJTREE"
record_dir=$(cd "$1" && pwd)
objtree=$(cd "$2" && pwd)
out=$objtree/harness
rm -rf "$out"
mkdir -p "$out"
rustc=$(pick_rustc)

# The kernel's lint and language flags: edition, -D/-W/-A/-F lints, --cfg.
rustc_cfg=@$KERNEL_CACHE/include/generated/rustc_cfg
mapfile -t crate_flags < <(grep -E '^(--edition|-[DWAF]|--cfg)' "$record_dir/kbuild_rustflags.args")
crate_flags+=("$rustc_cfg")
mapfile -t test_flags < <(grep -E '^(--edition|-[DWAF]|--cfg)' "$record_dir/rust_common_flags.args")
test_flags+=("$rustc_cfg")

total_errors=0
layout_test_failures=0
failures=()

# count_errors LOG: the number of errors rustc reported in LOG.
count_errors() {
  grep -E '^error(\[E[0-9]+\])?:' "$1" | grep -cv '^error: aborting due to' || true
}

# compile NAME SOURCE [extra rustc args...]
compile() {
  local name=$1 source=$2
  shift 2
  local log="$out/$name.log" status=0 errors start
  local -a flags=("${crate_flags[@]}")
  [[ $name == *-test ]] && flags=("${test_flags[@]}")
  start=$(now_s)
  # RUSTC_BOOTSTRAP as the kernel's Makefile exports it (-Z flags, features).
  OBJTREE=$objtree RUSTC_BOOTSTRAP=1 "$rustc" "${flags[@]}" \
    -L "$out" --out-dir "$out" "$@" "$source" >"$log" 2>&1 || status=$?
  log "rustc $name: exit $status in $(elapsed "$start")s"
  errors=$(count_errors "$log")
  # A failure without a counted error (an ICE, a crash) still counts as one.
  if [ $status != 0 ] && [ "$errors" = 0 ]; then
    errors=1
  fi
  total_errors=$((total_errors + errors))
  if [ $status != 0 ]; then
    failures+=("$name: $errors error(s), see $log")
  fi
  return $status
}

start=$(now_s)
kernel_rust=$KERNEL_CACHE/rust
compile ffi "$kernel_rust/ffi.rs" --crate-type rlib --crate-name ffi
compile bindings "$kernel_rust/bindings/lib.rs" --crate-type rlib \
  --crate-name bindings --extern ffi || true
compile uapi "$kernel_rust/uapi/lib.rs" --crate-type rlib \
  --crate-name uapi --extern ffi || true

if [ $run_tests = 1 ]; then
  for crate in bindings uapi; do
    lib=$kernel_rust/$crate/lib.rs
    [ $crate = bindings ] && generated=$objtree/rust/bindings/bindings_generated.rs
    [ $crate = uapi ] && generated=$objtree/rust/uapi/uapi_generated.rs
    grep -q '#\[test\]' "$generated" || continue
    if compile "$crate-test" "$lib" --test --crate-name "${crate}_test" \
      --extern ffi; then
      if ! "$out/${crate}_test" -q >"$out/$crate-test.run.log" 2>&1; then
        failures+=("$crate-test.run: layout tests failed, see $out/$crate-test.run.log")
      fi
      failed_tests=$(sed -n 's/^test result: .* \([0-9]*\) failed;.*/\1/p' "$out/$crate-test.run.log")
      layout_test_failures=$((layout_test_failures + ${failed_tests:-1}))
    fi
  done
fi
record_time "harness_$(basename "$objtree")" "$(elapsed "$start")"

echo "$total_errors" >"$out/errors.txt"
echo "$layout_test_failures" >"$out/layout-test-failures.txt"
for failure in "${failures[@]}"; do
  log "rustc: $failure"
  grep -E -A6 '^error|panicked' "$out/${failure%%:*}.log" 2>/dev/null | head -40 >&2 || true
done
[ ${#failures[@]} -eq 0 ] || exit 1
log "$(basename "$objtree"): compiled with 0 errors"

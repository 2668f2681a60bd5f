#!/usr/bin/env bash
# Prints the summary table of a kernel test run from the files the steps left
# in $KBINDGEN_KERNEL_WORK: steps.tsv, timings.tsv, out-*/, compare/.
#
# Usage: summary.sh KBINDGEN
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
kbindgen=${1:-kbindgen}
W=$WORK_DIR

# time_of NAME: a recorded time, or "-".
time_of() {
  awk -F'\t' -v n="$1" '$1 == n { t = $2 } END { print (t == "" ? "-" : t) }' \
    "$W/timings.tsv" 2>/dev/null || echo -
}
size_of() { [ -f "$1" ] && stat -c %s "$1" || echo -; }
lines_of() { [ -f "$1" ] && wc -l <"$1" || echo -; }
errors_of() {
  local errors tests
  errors=$(cat "$W/out-$1/harness/errors.txt" 2>/dev/null || echo -)
  tests=$(cat "$W/out-$1/harness/layout-test-failures.txt" 2>/dev/null || echo 0)
  if [ "$tests" != 0 ]; then
    echo "$errors (and $tests failed #[test] layout tests)"
  else
    echo "$errors"
  fi
}
path_of() {
  case $1 in
  uapi_generated) echo "rust/uapi/$1.rs" ;;
  *) echo "rust/bindings/$1.rs" ;;
  esac
}

echo
echo "=================== kbindgen kernel test (linux 6.12, x86_64_defconfig, LLVM=$KERNEL_LLVM) ==================="
echo "kbindgen: $kbindgen ($("$kbindgen" --version 2>/dev/null | head -1 || echo '?'))"
echo
echo "Steps"
if [ -f "$W/steps.tsv" ]; then
  awk -F'\t' '{ printf "  %-3s %-32s %s\n", $1, $2, $3 }' "$W/steps.tsv"
fi
echo
echo "Generated files (step 3; bindgen 0.60.1 from step 7)"
printf '  %-32s %12s %9s %12s %9s\n' file "kbindgen B" lines "bindgen B" lines
for name in bindings_generated uapi_generated bindings_helpers_generated; do
  rel=$(path_of $name)
  printf '  %-32s %12s %9s %12s %9s\n' "$name.rs" \
    "$(size_of "$W/out-kernel/$rel")" "$(lines_of "$W/out-kernel/$rel")" \
    "$(size_of "$W/out-oracle/$rel")" "$(lines_of "$W/out-oracle/$rel")"
done
echo
echo "Items by kind (kbindgen / bindgen 0.60.1)"
if [ -f "$W/compare/counts.tsv" ]; then
  awk -F'\t' '{ printf "  %-32s %-12s %8s / %-8s%s\n", $1, $2, $3, $4, ($3 < $4 ? "  <" : "") }' \
    "$W/compare/counts.tsv"
  printf '  missing in kbindgen: %s unexplained, %s explained; only in kbindgen: %s\n' \
    "$(wc -l <"$W/compare/missing-unexplained.txt")" \
    "$(wc -l <"$W/compare/missing-explained.txt")" "$(wc -l <"$W/compare/extra.txt")"
elif [ -f "$W/out-kernel/rust/bindings/bindings_generated.rs" ]; then
  python3 "$KTEST_DIR/items.py" --counts "$W/out-kernel/rust/bindings/bindings_generated.rs" |
    awk '{ printf "  bindings_generated.rs  %-12s %8s\n", $1, $2 }'
else
  echo "  (no output)"
fi
echo
echo "rustc errors (kernel lint flags, -Dwarnings)"
printf '  step 4 (as the kernel generates):        %s\n' "$(errors_of kernel)"
printf '  step 5 (layout tests on):                %s\n' "$(errors_of layout)"
printf '  step 6 (layout tests on, no opaque type): %s\n' "$(errors_of noopaque)"
echo
echo "Times in seconds (wall clock; clang = clang$KERNEL_LLVM -fsyntax-only, same input and flags)"
printf '  %-28s %9s %9s %9s %9s %9s %8s\n' output kbindgen layout noopaque bindgen060 clang "kb/clang"
for name in bindings_generated uapi_generated bindings_helpers_generated; do
  kb=$(time_of "gen_kernel_$name")
  cl=$(time_of "gen_syntax_$name")
  ratio=$(awk -v a="$kb" -v b="$cl" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }')
  printf '  %-28s %9s %9s %9s %9s %9s %8s\n' "$name" "$kb" "$(time_of "gen_layout_$name")" \
    "$(time_of "gen_noopaque_$name")" "$(time_of "gen_oracle_$name")" "$cl" "$ratio"
done
if [ "$(time_of prepare_reused)" != - ]; then
  prepare="cached tree reused"
else
  prepare="extract $(time_of prepare_extract), make defconfig+prepare $(time_of prepare_make)"
fi
printf '  prepare: %s\n' "$prepare"
printf '  harness rustc, steps 4/5/6: %s / %s / %s\n' "$(time_of harness_out-kernel)" \
  "$(time_of harness_out-layout)" "$(time_of harness_out-noopaque)"
printf '  whole test: %s\n' "$(time_of total)"
if [ -f "$W/out-macros/withconst.json" ]; then
  echo "Macros of bindings_helper.h (step 9; bindgen 0.60.1 from step 7)"
  oracle=$W/out-oracle/rust/bindings/bindings_generated.rs
  [ -f "$oracle" ] || oracle=
  python3 "$(dirname "$0")/macro_counts.py" "$W/out-macros/withconst.json" $oracle |
    sed 's/^/  /'
fi
if [ -f "$W/out-wrappers/helpers-covered.txt" ]; then
  echo "Static inline functions (step 10)"
  wrapped=$(grep -c '#\[link_name = "rust_helper_' "$W/out-wrappers/wrapped.rs" || true)
  printf '  wrapped: %s; compile only inlined (need constant arguments): %s\n' \
    "$wrapped" "$(wc -l <"$W/out-wrappers/need-constant-arguments.txt")"
  printf '  kernel rust/helpers generated: %s of %s: %s\n' \
    "$(wc -l <"$W/out-wrappers/helpers-covered.txt")" \
    "$(wc -l <"$W/out-wrappers/kernel-helpers.txt")" \
    "$(tr '\n' ' ' <"$W/out-wrappers/helpers-covered.txt")"
  printf '  time: bindings %s s, with wrappers %s s; probing the wrappers %s s\n' \
    "$(time_of gen_bindings_plain)" "$(time_of gen_bindings_wrapped)" \
    "$(time_of probe_failing_wrappers)"
fi
echo "Results: $W"

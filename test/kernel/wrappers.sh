#!/usr/bin/env bash
# Step 10 of the kernel test (issue 4): the static inline functions of
# bindings_helper.h made callable, in the kernel's naming (rust_helper_NAME),
# with C that compiles with the kernel's own flags (-Werror, -O2,
# -Wmissing-prototypes, -Werror=strict-prototypes, ...).
#
#  1 kbindgen --wrap-static-fns on the kernel's header and command line,
#    timed against the same run without wrappers;
#  2 the wrappers that cannot compile outside their callers are found by
#    compiling them (find_failing_wrappers.py): functions whose body needs
#    constant arguments (asm "i" operands, BUILD_BUG_ON(!__builtin_constant_p),
#    FIELD_PREP with a variable mask) or that BUILD_BUG() in this
#    configuration; nothing in their declarations tells them apart;
#  3 kbindgen again with those functions blocklisted: the whole C file must
#    compile with the kernel's flags;
#  4 which of the kernel's hand-written rust/helpers/*.c wrappers the
#    generated file now provides (static inline functions, and function-like
#    macros that are one call of a declared function), which need none as
#    the function has a symbol in this configuration (Rust binds it
#    directly), and why the rest are left (helpers_left.py: helpers-left.txt,
#    from the skipped macros' reasons in --emit-ir). Fails when the wrappers
#    or the whole coverage fall below their floors (HELPERS_WRAPPED_FLOOR,
#    HELPERS_COVERED_FLOOR), so that a regression cannot pass unnoticed.
#
# Usage: wrappers.sh KBINDGEN RECORD_DIR OUT_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 3 ] || die "usage: wrappers.sh KBINDGEN RECORD_DIR OUT_DIR"
kbindgen=$1
rm -rf "$3"
mkdir -p "$3"
out=$(cd "$3" && pwd)
header=$KERNEL_CACHE/rust/bindings/bindings_helper.h
read_recorded_command "$2/bindings_generated.args"
cc=clang$KERNEL_LLVM
wrap=(--experimental --wrap-static-fns --wrap-static-fns-kernel-names)

generate() {
  (cd "$KERNEL_CACHE" && "$kbindgen" "$header" "${rec_options[@]}" "$@" \
    -- "${rec_clang[@]}")
}

# wrapper_names FILE: the C functions FILE wraps, one per line.
wrapper_names() {
  sed -n 's/^[^ ].*\brust_helper_\([A-Za-z0-9_]*\)(.*) { .*/\1/p' "$1" | sort -u
}

start=$(now_s)
generate -o "$out/plain.rs" || die "kbindgen failed without wrappers"
record_time gen_bindings_plain "$(elapsed "$start")"
start=$(now_s)
generate "${wrap[@]}" --wrap-static-fns-path "$out/all_wrappers.c" \
  -o "$out/all_wrappers.rs" || die "kbindgen --wrap-static-fns failed"
record_time gen_bindings_wrapped "$(elapsed "$start")"
all=$(wrapper_names "$out/all_wrappers.c" | wc -l)
[ "$all" -gt 0 ] || die "no wrapper in $out/all_wrappers.c"
log "$all static inline functions and function-like macros wrapped"

start=$(now_s)
python3 "$KTEST_DIR/../wrappers/find_failing_wrappers.py" "$out/all_wrappers.c" \
  --cwd "$KERNEL_CACHE" -- "$cc" "${rec_clang[@]}" >"$out/need-constant-arguments.txt" ||
  die "cannot probe the wrappers with the kernel's flags"
record_time probe_failing_wrappers "$(elapsed "$start")"
failing=$(wc -l <"$out/need-constant-arguments.txt")
log "$failing wrappers compile only inlined into a caller (need-constant-arguments.txt)"

blocklist=()
while read -r name; do
  blocklist+=(--blocklist-function "$name")
done <"$out/need-constant-arguments.txt"
generate "${wrap[@]}" "${blocklist[@]}" --wrap-static-fns-path "$out/helpers_generated.c" \
  --emit-ir "$out/wrapped-ir.json" -o "$out/wrapped.rs" ||
  die "kbindgen --wrap-static-fns failed with the blocklist"
kept=$(wrapper_names "$out/helpers_generated.c" | wc -l)
[ "$kept" -eq $((all - failing)) ] ||
  die "expected $((all - failing)) wrappers after the blocklist, got $kept"

start=$(now_s)
if ! (cd "$KERNEL_CACHE" && "$cc" "${rec_clang[@]}" -c "$out/helpers_generated.c" \
  -o "$out/helpers_generated.o") >"$out/compile.log" 2>&1; then
  head -30 "$out/compile.log" >&2
  die "the generated wrappers do not compile with the kernel's flags"
fi
record_time compile_wrappers "$(elapsed "$start")"
symbols=$(nm --defined-only "$out/helpers_generated.o" | grep -c ' T rust_helper_' || true)
[ "$symbols" -eq "$kept" ] ||
  die "helpers_generated.o defines $symbols rust_helper_ symbols, expected $kept"
log "all $kept wrappers compile with the kernel's flags into $symbols symbols"

# The Rust side links to those symbols under the C names.
linked=$(grep -c '#\[link_name = "rust_helper_' "$out/wrapped.rs" || true)
[ "$linked" -eq "$kept" ] ||
  die "wrapped.rs links $linked functions to rust_helper_ symbols, expected $kept"

# The kernel's hand-written helpers: `... rust_helper_NAME(...)` definitions.
sed -n 's/^.*\brust_helper_\([A-Za-z0-9_]*\)(.*$/\1/p' "$KERNEL_CACHE"/rust/helpers/*.c |
  sort -u >"$out/kernel-helpers.txt"
wrapper_names "$out/helpers_generated.c" >"$out/generated-helpers.txt"
comm -12 "$out/kernel-helpers.txt" "$out/generated-helpers.txt" >"$out/helpers-covered.txt"
comm -23 "$out/kernel-helpers.txt" "$out/generated-helpers.txt" >"$out/helpers-not-covered.txt"
log "kernel helpers generated by kbindgen: $(wc -l <"$out/helpers-covered.txt") of" \
  "$(wc -l <"$out/kernel-helpers.txt"): $(tr '\n' ' ' <"$out/helpers-covered.txt")"
python3 "$KTEST_DIR/helpers_left.py" "$out" ||
  die "cannot classify the helpers not generated"
wrapped_count=$(wc -l <"$out/helpers-covered.txt")
direct_count=$(wc -l <"$out/helpers-direct.txt")
covered=$((wrapped_count + direct_count))
log "bound directly, no wrapper needed (functions with a symbol here):" \
  "$direct_count: $(tr '\n' ' ' <"$out/helpers-direct.txt")"
log "kernel helpers covered: $covered of $(wc -l <"$out/kernel-helpers.txt");" \
  "left, with the reason:"
while IFS= read -r line; do log "  $line"; done <"$out/helpers-left.txt"
# 6.12 x86_64 defconfig: 20 wrappers (17 static inline functions and the
# macros alloc_pages, krealloc, kvrealloc) and 3 functions with a symbol
# (__mutex_init, errname, mutex_lock).
wrapped_floor=${HELPERS_WRAPPED_FLOOR:-20}
covered_floor=${HELPERS_COVERED_FLOOR:-23}
[ "$wrapped_count" -ge "$wrapped_floor" ] ||
  die "$wrapped_count kernel helpers generated, below the floor $wrapped_floor"
[ "$covered" -ge "$covered_floor" ] ||
  die "$covered kernel helpers covered, below the floor $covered_floor"

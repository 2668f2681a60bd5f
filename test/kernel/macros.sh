#!/usr/bin/env bash
# Step 9 of the kernel test (issue 4): the macros the kernel today reaches
# through `const T RUST_CONST_HELPER_X = X;` lines come out of kbindgen by
# themselves, with the kernel's values and C types, proven by clang.
#
# A copy of rust/bindings/bindings_helper.h without those lines is generated
# with the recorded bindings_generated.rs command line and
# --constant-checks; the C file of _Static_asserts is compiled with the
# kernel's own clang arguments. `--blocklist-item ARCH_SLAB_MINALIGN` is
# dropped: the kernel blocks the macro only because bindgen cannot evaluate
# it and the helper constant takes its name.
#
# Usage: macros.sh KBINDGEN RECORD_DIR OUT_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 3 ] || die "usage: macros.sh KBINDGEN RECORD_DIR OUT_DIR"
kbindgen=$1
record=$2/bindings_generated.args
mkdir -p "$3"
out=$(cd "$3" && pwd)

expected=(ARCH_SLAB_MINALIGN PAGE_SIZE GFP_ATOMIC GFP_KERNEL GFP_KERNEL_ACCOUNT
  GFP_NOWAIT __GFP_ZERO ___GFP_HIGHMEM ___GFP_NOWARN BLK_FEAT_ROTATIONAL
  VM_MERGEABLE)

header=$out/bindings_helper_noconst.h
grep -v 'RUST_CONST_HELPER_' "$KERNEL_CACHE/rust/bindings/bindings_helper.h" >"$header"
! grep -q RUST_CONST_HELPER_ "$header" || die "RUST_CONST_HELPER_ lines left"

# The recorded command line with another input and outputs.
read_recorded_command "$record"
args=("$header")
clang_args=("${rec_clang[@]}")
i=0
while [ $i -lt ${#rec_options[@]} ]; do
  if [ "${rec_options[i]}" = --blocklist-item ] &&
    [ "${rec_options[i + 1]:-}" = ARCH_SLAB_MINALIGN ]; then
    i=$((i + 2))
    continue
  fi
  args+=("${rec_options[i]}")
  i=$((i + 1))
done

start=$(now_s)
(cd "$KERNEL_CACHE" && "$kbindgen" "${args[@]}" -o "$out/noconst.rs" \
  --constant-checks "$out/constant-checks.c" -- "${clang_args[@]}") ||
  die "kbindgen failed on bindings_helper.h without RUST_CONST_HELPER_ lines"
record_time gen_noconst_bindings "$(elapsed "$start")"

# The same run on the kernel's own header: its RUST_CONST_HELPER_X
# constants carry the types the kernel chose for X.
read_recorded_command "$record"
(cd "$KERNEL_CACHE" && "$kbindgen" "$KERNEL_CACHE/rust/bindings/bindings_helper.h" \
  "${rec_options[@]}" -o "$out/withconst.rs" --emit-ir "$out/withconst.json" \
  -- "${rec_clang[@]}") ||
  die "kbindgen failed on the kernel's bindings_helper.h"

# resolved_type FILE TYPE: TYPE through the file's `pub type` aliases down to
# the Rust primitive, with the kernel's ffi crate (rust/ffi.rs) mapping.
resolved_type() {
  local file=$1 type=$2 next
  for _ in 1 2 3 4 5 6 7 8; do
    case ${type#ffi::} in
    c_char | c_uchar) type=u8 ;;
    c_schar) type=i8 ;;
    c_short) type=i16 ;;
    c_ushort) type=u16 ;;
    c_int) type=i32 ;;
    c_uint) type=u32 ;;
    c_long) type=isize ;;
    c_ulong) type=usize ;;
    c_longlong) type=i64 ;;
    c_ulonglong) type=u64 ;;
    esac
    next=$(sed -n "s/^pub type $type = \(.*\);$/\1/p" "$file" | head -1)
    [ -n "$next" ] || break
    type=$next
  done
  echo "$type"
}

status=0
for name in "${expected[@]}"; do
  line=$(grep -m1 "^pub const $name: " "$out/noconst.rs") || {
    log "missing constant: $name"
    status=1
    continue
  }
  grep -q "^_Static_assert(($name) == " "$out/constant-checks.c" || {
    log "constant $name is not in the _Static_assert file"
    status=1
  }
  log "$line"
done

# What the kernel's Rust code sees: after rust/Makefile's sed, each
# `RUST_CONST_HELPER_Y: T = V` is `bindings::Y`. Without the helpers, Y must
# come out of the macro itself with the same value and type (through the
# kernel's ffi aliases): ___GFP_HIGHMEM's helper is named __GFP_HIGHMEM, and
# the macro __GFP_HIGHMEM, a gfp_t cast, is what replaces it.
helpers=0
while read -r helper type value; do
  helpers=$((helpers + 1))
  line=$(grep -m1 "^pub const $helper: " "$out/noconst.rs") || {
    log "bindings::$helper is gone without its RUST_CONST_HELPER_ line"
    status=1
    continue
  }
  ours_type=$(sed -n "s/^pub const $helper: \([^=]*\) = .*/\1/p" <<<"$line")
  ours_value=$(sed -n "s/^pub const $helper: [^=]* = \(.*\);$/\1/p" <<<"$line")
  if [ "$ours_value" != "$value" ]; then
    log "bindings::$helper: value $ours_value, the kernel's $value"
    status=1
  elif [ "$(resolved_type "$out/noconst.rs" "$ours_type")" != \
    "$(resolved_type "$out/withconst.rs" "$type")" ]; then
    log "bindings::$helper: type $ours_type, the kernel's $type (different)"
    status=1
  else
    log "  bindings::$helper: $ours_type = $ours_value, as the kernel's $type" \
      "($(resolved_type "$out/noconst.rs" "$ours_type"))"
  fi
done < <(sed -n 's/^pub const RUST_CONST_HELPER_\([A-Za-z0-9_]*\): \([^=]*\) = \(.*\);$/\1 \2 \3/p' \
  "$out/withconst.rs")
[ "$helpers" -eq ${#expected[@]} ] ||
  { log "expected ${#expected[@]} RUST_CONST_HELPER_ constants, found $helpers"; status=1; }

total=$(grep -c '^_Static_assert(' "$out/constant-checks.c")
start=$(now_s)
if (cd "$KERNEL_CACHE" && "clang$KERNEL_LLVM" -fsyntax-only -x c \
  "$out/constant-checks.c" "${clang_args[@]}") >"$out/constant-checks.log" 2>&1; then
  log "clang proves all $total macro constants with the kernel's flags"
else
  log "clang rejects the constant checks (first lines of $out/constant-checks.log):"
  head -20 "$out/constant-checks.log" >&2
  status=1
fi
record_time clang_constant_checks "$(elapsed "$start")"
exit $status

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

# The recorded command line with another input and outputs; clang's own
# dependency-file flag dropped (Kbuild's, not ours to write here).
mapfile -t recorded <"$record"
args=("$header")
clang_args=()
in_clang=0
i=1
while [ $i -lt ${#recorded[@]} ]; do
  arg=${recorded[i]}
  if [ $in_clang = 1 ]; then
    [[ $arg == -Wp,-MMD,* ]] || clang_args+=("$arg")
  elif [ "$arg" = -o ]; then
    i=$((i + 1))
  elif [ "$arg" = --blocklist-item ] && [ "${recorded[i + 1]}" = ARCH_SLAB_MINALIGN ]; then
    i=$((i + 1))
  elif [ "$arg" = -- ]; then
    in_clang=1
  else
    args+=("$arg")
  fi
  i=$((i + 1))
done

start=$(now_s)
(cd "$KERNEL_CACHE" && "$kbindgen" "${args[@]}" -o "$out/noconst.rs" \
  --constant-checks "$out/constant-checks.c" -- "${clang_args[@]}") ||
  die "kbindgen failed on bindings_helper.h without RUST_CONST_HELPER_ lines"
record_time gen_noconst_bindings "$(elapsed "$start")"

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

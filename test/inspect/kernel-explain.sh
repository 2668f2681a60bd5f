#!/usr/bin/env bash
# explain on the kernel: the kernel's bindings_helper.h with the kernel's own
# bindgen command line (rust/bindgen_parameters and C flags, recorded by
# test/kernel/flags.sh from Debian's linux-source-6.12) plus one allowlist,
# --allowlist-type phy_driver (what rust/kernel/net/phy.rs registers), so that
# items are reached through chains. Checks, for three items deep in the graph,
# the exact chain printed (test/inspect/kernel-explain.expected) and that every
# link is real: each `field F -> X` names a field F of the previous record
# whose type refers to X (through pointers, arrays, typedefs), checked on the
# IR JSON, not on explain's own output.
#
# With ROUNDTRIP (kbindgen-ir-roundtrip), the kernel's IR is also read back
# and written again: the bytes must be identical.
#
# Usage: kernel-explain.sh KBINDGEN [ROUNDTRIP]  (environment: test/kernel/lib.sh)
source "$(dirname "${BASH_SOURCE[0]}")/../kernel/lib.sh"

[ $# -ge 1 ] || die "usage: kernel-explain.sh KBINDGEN [ROUNDTRIP]"
kbindgen=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
roundtrip=${2:+$(cd "$(dirname "$2")" && pwd)/$(basename "$2")}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK_DIR=${KBINDGEN_KERNEL_WORK:-$PWD/kernel-explain-work}
mkdir -p "$WORK_DIR"

"$KTEST_DIR/prepare.sh"
"$KTEST_DIR/flags.sh" "$kbindgen" "$WORK_DIR/record"
read_recorded_command "$WORK_DIR/record/bindings_generated.args"
header=$(head -1 "$WORK_DIR/record/bindings_generated.args")

items=(mdio_device task_struct lock_class_key)
cd "$KERNEL_CACHE"
"$kbindgen" explain "${items[@]}" --header "$header" "${rec_options[@]}" \
  --allowlist-type phy_driver -- "${rec_clang[@]}" >"$WORK_DIR/explain.txt" ||
  die "explain failed"
"$kbindgen" "$header" "${rec_options[@]}" --allowlist-type phy_driver \
  --emit-ir "$WORK_DIR/kernel.ir.json" -o "$WORK_DIR/phy.rs" \
  -- "${rec_clang[@]}" || die "--emit-ir failed"
"$kbindgen" explain --json "${items[@]}" --ir "$WORK_DIR/kernel.ir.json" \
  >"$WORK_DIR/explain.json" || die "explain --json --ir failed"

# The chains only: declared-at lines carry the cache's absolute path.
grep -v '^  declared at ' "$WORK_DIR/explain.txt" >"$WORK_DIR/chains.txt"
diff -u "$here/kernel-explain.expected" "$WORK_DIR/chains.txt" ||
  die "explain printed other chains (left: expected)"
python3 "$here/check_chain.py" "$WORK_DIR/kernel.ir.json" \
  "$WORK_DIR/explain.json" || die "a chain link is not a real reference"
log "explain: $(grep -c ' -> ' "$WORK_DIR/chains.txt") chain links checked"
if [ -n "$roundtrip" ]; then
  "$roundtrip" "$WORK_DIR/kernel.ir.json" "$WORK_DIR/kernel.ir2.json" ||
    die "cannot read the kernel's IR back"
  cmp "$WORK_DIR/kernel.ir.json" "$WORK_DIR/kernel.ir2.json" ||
    die "the kernel's IR does not round-trip"
  log "irreader: the kernel's IR ($(wc -c <"$WORK_DIR/kernel.ir.json") bytes) round-trips"
fi

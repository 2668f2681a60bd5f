#!/usr/bin/env bash
# Layout of every struct and union of the kernel's bindings_helper.h (and of
# uapi_helper.h) against
# pahole: the kernel tree prepared by test/kernel (prepare.sh, cached), the
# kernel's own bindgen command line recorded by its make (flags.sh), then a C
# file including bindings_helper.h compiled with those C flags plus -g (what
# CONFIG_DEBUG_INFO adds) and compared record by record (pahole_compare.py).
#
# Usage: kernel-layout.sh KBINDGEN WORKDIR
source "$(dirname "${BASH_SOURCE[0]}")/../kernel/lib.sh"

[ $# -eq 2 ] || die "usage: kernel-layout.sh KBINDGEN WORKDIR"
kbindgen=$(realpath "$1")
work=$2
mkdir -p "$work"
work=$(cd "$work" && pwd)

"$KTEST_DIR/prepare.sh"
"$KTEST_DIR/flags.sh" "$kbindgen" "$work/rec"
status=0
for header in bindings_generated uapi_generated; do
  log "layout of every record of the $header input against pahole"
  python3 "$(dirname "${BASH_SOURCE[0]}")/pahole_compare.py" kernel "$kbindgen" \
    "$KERNEL_CACHE" "$work/rec/$header.args" "$work/$header" || status=1
done
exit $status

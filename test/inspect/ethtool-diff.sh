#!/usr/bin/env bash
# Run by hand (not a ctest): `kbindgen diff` of the uapi header
# linux/ethtool.h between Debian's linux-source-6.1 and linux-source-6.12, as
# userspace sees it (include/uapi and arch/x86/include/uapi, no __KERNEL__).
# Installs both source packages with scripts/install-deps.sh, extracts only
# the uapi directories into WORK (default ./ethtool-diff-work), and prints the
# diff; exits with diff's exit code (3: ABI-breaking changes, 0: none).
#
# Usage: ethtool-diff.sh KBINDGEN [WORK]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: ethtool-diff.sh KBINDGEN [WORK]" >&2; exit 1; }
kbindgen=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=${2:-$PWD/ethtool-diff-work}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

"$root/scripts/install-deps.sh" linux-source-6.1 linux-source-6.12
mkdir -p "$work"

# Extract include/uapi and the x86 uapi headers of VERSION into work/VERSION.
extract() {
  local version=$1 dir=$work/$1
  if [ ! -f "$dir/.extracted" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    tar -xf "/usr/src/linux-source-$version.tar.xz" -C "$dir" \
      --strip-components=1 --wildcards \
      "linux-source-$version/include/uapi/*" \
      "linux-source-$version/arch/x86/include/uapi/*"
    # asm/ headers Kbuild would generate from asm-generic (make headers).
    mkdir -p "$dir/generated/asm"
    for h in "$dir"/include/uapi/asm-generic/*.h; do
      name=$(basename "$h")
      [ -e "$dir/arch/x86/include/uapi/asm/$name" ] ||
        printf '#include <asm-generic/%s>\n' "$name" >"$dir/generated/asm/$name"
    done
    # What scripts/headers_install.sh strips from uapi headers.
    mkdir -p "$dir/generated/linux"
    printf '#define __user\n#define __force\n#define __iomem\n' \
      >"$dir/generated/linux/compiler_types.h"
    touch "$dir/.extracted"
  fi
}

ir_of() {
  local version=$1 dir=$work/$1
  (cd "$dir" && "$kbindgen" include/uapi/linux/ethtool.h \
    --emit-ir "$work/ethtool-$version.json" -o "$work/ethtool-$version.rs" \
    -- -D__EXPORTED_HEADERS__ -I generated -I arch/x86/include/uapi \
    -I include/uapi)
}

for v in 6.1 6.12; do
  extract $v
  ir_of $v
done
status=0
"$kbindgen" diff "$work/ethtool-6.1.json" "$work/ethtool-6.12.json" ||
  status=$?
exit $status

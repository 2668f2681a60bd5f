#!/usr/bin/env bash
# Unpacks Debian 12's own rustc (1.63, the oldest Rust a Debian 12 user has and
# the kbindgen crate's rust-version) into a cache folder, for the crate's MSRV
# test (ctest -R buildsys.msrv). It is not installed: it would replace
# rustc-web's /usr/bin/rustc. Its LLVM, libllvm14, is installed by
# install-deps.sh.
#   fetch-msrv-rustc.sh [DIR]   (default: $KBINDGEN_MSRV_DIR, else the cache)
set -euo pipefail
dir=${1:-${KBINDGEN_MSRV_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kbindgen/rustc-msrv}}
[ -x "$dir/usr/bin/rustc" ] && exit 0
debs=$(mktemp -d)
trap 'rm -rf "$debs"' EXIT
echo "kbindgen: fetching Debian's rustc 1.63 into $dir" >&2
(cd "$debs" && apt-get download -qq rustc libstd-rust-1.63 libstd-rust-dev 2>/dev/null)
mkdir -p "$dir.new"
for deb in "$debs"/*.deb; do
  dpkg-deb -x "$deb" "$dir.new"
done
rm -rf "$dir"
mv "$dir.new" "$dir"

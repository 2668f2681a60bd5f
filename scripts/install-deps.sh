#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages kbindgen needs to build and
# test, skipping what is already there. Extra package names may be passed.
set -euo pipefail

# The build.
packages=(libclang-19-dev llvm-19-dev libfmt-dev cmake ninja-build)
# The tests; zsh and fish load the generated completions, lintian checks the
# Debian package (ctest -L install).
packages+=(clang-19 libclang-rt-19-dev catch2 python3 dwarves libsqlite3-dev zsh fish lintian "$@")
# The kernel build tests (test/kernel-build): Debian's kernel, its build tools
# and /usr/bin/rustc (rustc-web, whose version rust-web-src matches), installed
# even when another rustc is on PATH; the other tests use the rustc on PATH.
packages+=(linux-source-6.12 lld-19 llvm-19 rustc-web rust-web-src make bc flex bison libelf-dev libssl-dev cpio xz-utils)
# The build.rs test (test/buildrs): zlib's headers, and cargo (PATH's, else
# Debian's cargo-web, which brings /usr/bin/cargo; Debian's `cargo` is 1.65).
packages+=(zlib1g-dev)
# The crate's MSRV test runs Debian's rustc 1.63 unpacked from its packages
# (fetch-msrv-rustc.sh, below); this is its LLVM.
packages+=(libllvm14)
if ! command -v cargo >/dev/null 2>&1; then
  packages+=(cargo-web)
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "kbindgen: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
"$(dirname "$0")/fetch-msrv-rustc.sh"

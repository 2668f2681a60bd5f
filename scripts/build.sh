#!/usr/bin/env bash
# Configures and builds kbindgen into ${KBINDGEN_BUILD_DIR:-build}.
# KBINDGEN_SANITIZE=1 builds with AddressSanitizer and UBSan; extra arguments
# go to cmake (e.g. -DKBINDGEN_LIBCLANG_LLVM_CONFIG=llvm-config-22).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KBINDGEN_BUILD_DIR:-$root/build}
sanitize=OFF
[ "${KBINDGEN_SANITIZE:-0}" = 1 ] && sanitize=ON
cmake -S "$root" -B "$build" -G Ninja -DKBINDGEN_SANITIZE=$sanitize "$@" >/dev/null
ninja -C "$build" -j"$(nproc)"

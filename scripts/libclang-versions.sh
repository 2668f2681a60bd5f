#!/usr/bin/env bash
# Builds kbindgen on other libclang versions and runs the output tests there:
# every golden header must come out byte for byte the same and compile, the
# kernel's headers must bind as on libclang 19 (the default build, which
# scripts/test.sh and CI test). LLVM Support stays 19; only libclang changes.
#   scripts/libclang-versions.sh [VERSION...]   (default: 22, the newest
#                                                Debian 12 offers)
# kbindgen needs libclang 17 or newer (cmake/FindLLVMConfig.cmake says why);
# Debian 12 offers 13-16, 19 and 22, so 19 and 22 are the versions to test.
# Each build goes to build-libclang-VERSION; LABELS (a ctest -L regex)
# chooses the tests (anchored: `kernel` would also match the Kbuild runs,
# label kernelbuild, which take an hour more under load).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(22)
labels=${LABELS:-^(golden|compile|constants|wrappers|abi|kernel|cli|layout|explain|diff)$}
packages=()
for v in "${versions[@]}"; do
  packages+=("libclang-$v-dev" "llvm-$v")
done
"$root/scripts/install-deps.sh" "${packages[@]}"
status=0
for v in "${versions[@]}"; do
  build=$root/build-libclang-$v
  KBINDGEN_BUILD_DIR=$build "$root/scripts/build.sh" -DKBINDGEN_LIBCLANG_LLVM_CONFIG=llvm-config-$v
  version=$("$build/tools/kbindgen/kbindgen" --version | sed -n 's/^libclang: //p')
  echo "libclang-versions: $v: kbindgen runs on $version" >&2
  case $version in
  *" version $v."*) ;;
  *) echo "libclang-versions: FAIL: libclang $v was asked for" >&2; exit 1 ;;
  esac
  (cd "$build" && ctest --output-on-failure -j"$(nproc)" -L "$labels") || status=1
done
exit $status

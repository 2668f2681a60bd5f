#!/usr/bin/env bash
# find_package(kbindgen) from another project: installs kbindgen's build into
# a scratch prefix (or, with MODE build-tree, points kbindgen_DIR at the build
# folder), configures a copy of test/cmake-package/project against it, builds
# it, and checks that the bindings are made again after an included header is
# touched and only then.
#   run.sh CMAKE KBINDGEN_BUILD SOURCE_ROOT WORK GENERATOR MODE
set -euo pipefail
cmake=$1 kbindgen_build=$2 source_root=$3 work=$4 generator=$5 mode=$6

fail() { echo "cmake-package: FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
cp -r "$source_root/test/cmake-package/project" "$work/src"

case $mode in
  install)
    "$cmake" --install "$kbindgen_build" --prefix "$work/prefix" >"$work/install.log"
    [ -x "$work/prefix/bin/kbindgen" ] || fail "bin/kbindgen was not installed"
    package_dir=$work/prefix/lib/cmake/kbindgen
    [ -f "$package_dir/kbindgenConfig.cmake" ] || fail "kbindgenConfig.cmake was not installed"
    [ -f "$package_dir/kbindgenConfigVersion.cmake" ] || fail "kbindgenConfigVersion.cmake was not installed"
    find_args=(-DCMAKE_PREFIX_PATH="$work/prefix")
    expected_executable=$work/prefix/bin/kbindgen ;;
  build-tree)
    package_dir=$kbindgen_build
    find_args=(-Dkbindgen_DIR="$kbindgen_build")
    expected_executable=$kbindgen_build/tools/kbindgen/kbindgen ;;
  *) fail "unknown mode $mode" ;;
esac

"$cmake" -S "$work/src" -B "$work/build" -G "$generator" "${find_args[@]}" \
  >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; fail "configure failed"; }
grep -qxE "kbindgen_DIR:[A-Z]+=$package_dir" "$work/build/CMakeCache.txt" ||
  fail "find_package did not find the package in $package_dir"

bindings=$work/build/generated/counter_bindings.rs
build() {
  "$cmake" --build "$work/build" >"$work/build.log" 2>&1 ||
    { cat "$work/build.log" >&2; fail "build failed"; }
}
generated() { grep -q 'kbindgen: generating generated/counter_bindings.rs' "$work/build.log"; }

build
generated || fail "the first build did not generate the bindings"
grep -q 'pub fn counter_next' "$bindings" || fail "counter_next is not in the bindings"
if [ -x "$work/build/counter_demo" ]; then
  "$work/build/counter_demo" | grep -q 'counter from Rust: \[3, 6, 9\]' ||
    fail "the Rust program did not count through the C library"
fi
# The command ran the kbindgen the package points at.
grep -rqF "$expected_executable" "$work/build" --include='*.ninja' --include='build.make' ||
  fail "the build does not run $expected_executable"

# Nothing changed: the bindings are not made again.
stamp=$(stat -c %y "$bindings")
build
generated && fail "the bindings were generated again though nothing changed"
[ "$(stat -c %y "$bindings")" = "$stamp" ] || fail "the bindings were rewritten though nothing changed"

# A header that counter.h includes was touched: the bindings are made again;
# they come out identical, so kbindgen leaves the file (and its date) alone.
touch "$work/src/include/counter_types.h"
build
generated || fail "the bindings were not generated again after counter_types.h was touched"
[ "$(stat -c %y "$bindings")" = "$stamp" ] || fail "identical bindings were rewritten"

# It changed: the bindings are made again and rewritten with the new item.
sed -i 's/^#endif/int counter_limit(const struct counter *c);\n#endif/' "$work/src/include/counter_types.h"
build
generated || fail "the bindings were not generated again after counter_types.h changed"
[ "$(stat -c %y "$bindings")" != "$stamp" ] || fail "the bindings were not rewritten after counter_types.h changed"
grep -q 'pub fn counter_limit' "$bindings" || fail "the new function is not in the bindings"
echo "cmake-package: $generator, $mode: ok"

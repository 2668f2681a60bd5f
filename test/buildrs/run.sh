#!/usr/bin/env bash
# The kbindgen crate from a real build script: builds test/buildrs/zlib-sys (a
# copy, in WORK) with cargo offline, runs its zlib round trip, and checks that
# the build script reruns when a header it read changes and only then.
#   run.sh KBINDGEN SOURCE_ROOT WORK        (CARGO names cargo, else PATH's)
set -euo pipefail
kbindgen=$(realpath "$1") source_root=$(realpath "$2") work=$3
cargo=${CARGO:-cargo}

rm -rf "$work"
mkdir -p "$work"
cp -r "$source_root/test/buildrs/zlib-sys" "$work/zlib-sys"
crate=$work/zlib-sys
sed -i "s|path = \"../../../crates/kbindgen\"|path = \"$source_root/crates/kbindgen\"|" "$crate/Cargo.toml"
grep -q "path = \"$source_root/crates/kbindgen\"" "$crate/Cargo.toml"

export KBINDGEN=$kbindgen CARGO_TARGET_DIR=$work/target
unset BINDGEN_EXTRA_CLANG_ARGS OUT_DIR

fail() { echo "buildrs: FAIL: $*" >&2; exit 1; }

# One build; BUILD_LOG holds cargo's -v output.
build() {
  (cd "$crate" && "$cargo" build --offline -v) >"$work/build.log" 2>&1 ||
    { cat "$work/build.log" >&2; fail "cargo build failed"; }
}
script_ran() { grep -q 'Running `.*build-script-build`' "$work/build.log"; }

build
script_ran || fail "the first build did not run build.rs"
bindings=$(echo "$CARGO_TARGET_DIR"/debug/build/kbindgen-zlib-sys-*/out/bindings.rs)
[ -f "$bindings" ] || fail "no bindings.rs in OUT_DIR"
grep -q 'pub fn compress2' "$bindings" || fail "compress2 is not in the bindings"
grep -q 'pub const ZSYS_COMPRESSION_LEVEL' "$bindings" || fail "the included header's macro is missing"
"$CARGO_TARGET_DIR/debug/kbindgen-zlib-sys" | tee "$work/run.log"
grep -q 'round trip ok' "$work/run.log" || fail "the zlib round trip did not finish"

# cargo watches what CargoCallbacks printed: the input header, the header it
# includes (known only from kbindgen's depfile) and zlib.h itself.
output=$(dirname "$bindings")/../output
for watched in wrapper.h zsys_config.h /usr/include/zlib.h; do
  grep -qx "cargo:rerun-if-changed=$watched" "$output" ||
    fail "build.rs did not print rerun-if-changed=$watched"
done
grep -qx "cargo:rerun-if-env-changed=KBINDGEN" "$output" ||
  fail "build.rs did not print rerun-if-env-changed=KBINDGEN"

# Nothing changed: build.rs does not run and the bindings stay as they are.
stamp=$(stat -c %y "$bindings")
build
script_ran && fail "build.rs reran though nothing changed"
[ "$(stat -c %y "$bindings")" = "$stamp" ] || fail "bindings.rs was rewritten though nothing changed"

# A header the wrapper includes changed: build.rs reruns, the bindings are new.
for touched in zsys_config.h wrapper.h; do
  stamp=$(stat -c %y "$bindings")
  touch "$crate/$touched"
  build
  script_ran || fail "build.rs did not rerun after $touched changed"
  [ "$(stat -c %y "$bindings")" != "$stamp" ] || fail "bindings.rs not rewritten after $touched changed"
done

# No kbindgen: the build fails with the crate's message.
if (cd "$crate" && KBINDGEN=$work/no-such-kbindgen "$cargo" build --offline) >"$work/missing.log" 2>&1; then
  fail "the build succeeded without a kbindgen executable"
fi
grep -q "KBINDGEN=$work/no-such-kbindgen is not an executable file" "$work/missing.log" ||
  { cat "$work/missing.log" >&2; fail "no clear error when kbindgen is missing"; }
echo "buildrs: zlib-sys ok"

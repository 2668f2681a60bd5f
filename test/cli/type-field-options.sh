#!/bin/sh
# What bindgen's type- and field-side options change for the Rust code that
# uses the bindings, proven by rustc: a private field cannot be read from
# outside the bindings' module, an ignored #[must_use] result is an error
# under deny(unused_must_use), size_t stops being usize.
#   sh type-field-options.sh KBINDGEN CASE
K=$1
CASE=$2
. "$(dirname "$0")/harness.sh"
RUSTC=${RUSTC:-rustc}
command -v "$RUSTC" >/dev/null || { echo "rustc not found" >&2; exit 1; }

# compile EXPECTED_STATUS USER_CODE: the bindings in `mod b`, then USER_CODE.
compile() {
  { echo '#![allow(dead_code, non_camel_case_types, unused)]'
    echo 'mod b {'
    cat "$OUT/bindings.rs"
    echo '}'
    echo "$2"; } >"$OUT/user.rs"
  "$RUSTC" --edition 2021 --crate-type lib --emit metadata \
    -o "$OUT/user.rmeta" "$OUT/user.rs" >"$OUT/rustc.log" 2>&1
  got=$?
  if [ "$1" -eq 0 ] && [ "$got" -ne 0 ]; then
    cat "$OUT/rustc.log" >&2
    fail "rustc rejected: $2"
  fi
  if [ "$1" -ne 0 ] && [ "$got" -eq 0 ]; then
    fail "rustc accepted: $2"
  fi
}
rustc_said() { grep -qF -- "$1" "$OUT/rustc.log" || { cat "$OUT/rustc.log" >&2; fail "rustc did not say '$1'"; }; }

case "$CASE" in
default-visibility)
  printf 'struct point { int x; unsigned ready : 1; };\n' >"$OUT/v.h"
  read_x='pub fn read(p: &b::point) -> i32 { p.x }'
  read_ready='pub fn ready(p: &b::point) -> u32 { p.ready() }'
  run 0 "$OUT/v.h" -o "$OUT/bindings.rs"
  compile 0 "$read_x $read_ready"
  run 0 "$OUT/v.h" -o "$OUT/bindings.rs" --default-visibility crate
  compile 0 "$read_x $read_ready"
  run 0 "$OUT/v.h" -o "$OUT/bindings.rs" --default-visibility private
  compile 1 "$read_x"
  rustc_said "field \`x\` of struct \`point\` is private"
  compile 1 "$read_ready"
  rustc_said "method \`ready\` is private"
  ;;
must-use-type)
  printf 'typedef int status_t;\nstatus_t reset(void);\n' >"$OUT/m.h"
  ignore='#[deny(unused_must_use)] pub fn f() { unsafe { b::reset(); } }'
  run 0 "$OUT/m.h" -o "$OUT/bindings.rs"
  compile 0 "$ignore"
  run 0 "$OUT/m.h" -o "$OUT/bindings.rs" --must-use-type status_t
  compile 1 "$ignore"
  rustc_said "unused return value of \`b::reset\`"
  ;;
must-use-dynamic-loading)
  # The --dynamic-loading struct's methods carry #[must_use] as the extern
  # functions do: a --must-use-type result, or warn_unused_result under
  # --enable-function-attribute-detection.
  printf 'typedef int status_t;\nstatus_t reset(void);\n__attribute__((warn_unused_result)) int probe(void);\n' >"$OUT/m.h"
  ignore_reset='#[deny(unused_must_use)] pub fn f(l: &b::Lib) { unsafe { l.reset(); } }'
  ignore_probe='#[deny(unused_must_use)] pub fn g(l: &b::Lib) { unsafe { l.probe(); } }'
  run 0 "$OUT/m.h" -o "$OUT/bindings.rs" --dynamic-loading Lib
  compile 0 "$ignore_reset $ignore_probe"
  run 0 "$OUT/m.h" -o "$OUT/bindings.rs" --dynamic-loading Lib --must-use-type status_t
  compile 1 "$ignore_reset"
  rustc_said "unused return value of \`Lib::reset\`"
  compile 0 "$ignore_probe"
  run 0 "$OUT/m.h" -o "$OUT/bindings.rs" --dynamic-loading Lib --enable-function-attribute-detection
  compile 1 "$ignore_probe"
  rustc_said "unused return value of \`Lib::probe\`"
  ;;
flexarray-dst)
  # The sized form keeps every existing use compiling (pointers, values,
  # Default); the helpers reach the dynamically sized form on stable Rust.
  # A --rust-target without offset_of! is refused. With --wrap-static-fns
  # and --safe-output the raw bindings and the skeleton still compile.
  printf 'struct msg { unsigned len; char payload[]; };\nvoid send(const struct msg *m);\nstatic inline unsigned first(const struct msg *m) { return m->len; }\n' >"$OUT/f.h"
  use_dst='pub fn f(m: &b::msg) -> usize { let d = unsafe { m.flex_ref(3) }; d.payload.len() + b::msg::<[::std::os::raw::c_char]>::layout(3).size() + d.fixed().1 }'
  use_sized='pub fn g(m: &b::msg) -> b::msg { unsafe { b::send(m) }; b::msg::default() }'
  run 0 "$OUT/f.h" -o "$OUT/bindings.rs" --flexarray-dst --with-derive-default
  compile 0 "$use_dst $use_sized"
  compile 1 'pub fn h(m: &b::msg) -> b::msg { m.clone() }'
  rustc_said "\`msg\` does not implement \`Clone\`"
  run 2 "$OUT/f.h" -o "$OUT/old.rs" --flexarray-dst --rust-target 1.76
  stderr_has "--flexarray-dst needs --rust-target 1.77 or newer"
  [ ! -e "$OUT/old.rs" ] || fail "a refused run wrote its output"
  run 0 "$OUT/f.h" -o "$OUT/bindings.rs" --flexarray-dst --wrap-static-fns \
    --wrap-static-fns-path "$OUT/wrap" --safe-output "$OUT/safe.rs" --safe-style std
  file_has bindings.rs 'pub fn first(m: *const msg)'
  compile 0 "$use_dst"
  { echo '#![allow(dead_code, non_camel_case_types, unused)]'
    echo 'mod bindings {'
    cat "$OUT/bindings.rs"
    echo '}'
    cat "$OUT/safe.rs"; } >"$OUT/safe_crate.rs"
  "$RUSTC" --edition 2021 --crate-type lib --emit metadata -o "$OUT/safe.rmeta" \
    "$OUT/safe_crate.rs" >"$OUT/rustc.log" 2>&1 || { cat "$OUT/rustc.log" >&2; fail "rustc rejected the safe skeleton"; }
  ;;
no-size_t-is-usize)
  printf 'typedef unsigned long size_t;\nsize_t length(void);\n' >"$OUT/s.h"
  as_usize='pub fn f() -> usize { unsafe { b::length() } }'
  run 0 "$OUT/s.h" -o "$OUT/bindings.rs"
  compile 0 "$as_usize"
  run 0 "$OUT/s.h" -o "$OUT/bindings.rs" --no-size_t-is-usize
  compile 1 "$as_usize"
  rustc_said "mismatched types"
  compile 0 'pub fn f() -> b::size_t { unsafe { b::length() } }'
  ;;
*)
  echo "unknown case $CASE" >&2
  exit 2
  ;;
esac

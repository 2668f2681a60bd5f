#!/bin/sh
# bindgen's debugging options and --emit-ir's two forms, run as users run
# them. Usage: debug.sh KBINDGEN CASE (the cases of cli.sh's shape).
set -u
K=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
CASE=$2
. "$(dirname "$0")/harness.sh"
RUN_DIR=$OUT

cat >"$OUT/h.h" <<'H'
struct b { int x; };
struct a { struct b *p; };
/* Kept by -C. */
#define ANSWER EXTRA
void use(struct a *arg);
H
# The bindings without any debugging option, to compare with.
(cd "$OUT" && "$K" h.h -o plain.rs -- -DEXTRA=42) || fail "plain run failed"

case $CASE in
emit-clang-ast)
  # The cursor tree on stderr, the bindings unchanged.
  run 0 h.h --emit-clang-ast -o out.rs -- -DEXTRA=42
  stderr_has "kind = StructDecl"
  stderr_has 'spelling = "b"'
  stderr_has "location = h.h:1:8"
  stderr_has "kind = FieldDecl"
  stderr_has 'type.spelling = "struct b *"'
  stderr_has "kind = FunctionDecl"
  stderr_has 'spelling = "arg"'
  cmp -s "$OUT/out.rs" "$OUT/plain.rs" || fail "--emit-clang-ast changed the bindings"
  ;;
dump-preprocessed-input)
  # bindgen's files in the working directory: the wrapper, and clang's
  # -E -C output of it with the clang arguments (comments kept).
  run 0 h.h --dump-preprocessed-input -o out.rs -- -DEXTRA=42
  [ "$(cat "$OUT/__bindgen.c")" = '#include "h.h"' ] || fail "__bindgen.c: $(cat "$OUT/__bindgen.c")"
  file_has __bindgen.i "/* Kept by -C. */"
  file_has __bindgen.i "void use(struct a *arg);"
  file_has __bindgen.i '# 1 "./h.h" 1'
  cmp -s "$OUT/out.rs" "$OUT/plain.rs" || fail "--dump-preprocessed-input changed the bindings"
  # clang failing fails the run and leaves the previous __bindgen.i.
  cp "$OUT/__bindgen.i" "$OUT/before.i"
  run 1 h.h --dump-preprocessed-input -o out2.rs -- -DEXTRA=42 -include no-such-file.h
  stderr_has "kbindgen: error: --dump-preprocessed-input: clang exited with status 1"
  cmp -s "$OUT/__bindgen.i" "$OUT/before.i" || fail "a failed run replaced __bindgen.i"
  [ ! -e "$OUT/out2.rs" ] || fail "a failed run wrote the bindings"
  ls "$OUT" | grep -q 'tmp' && fail "a temporary file was left: $(ls "$OUT")"
  ;;
emit-ir-graphviz)
  run 0 h.h --emit-ir-graphviz graph.dot -o out.rs -- -DEXTRA=42
  head -n 1 "$OUT/graph.dot" | grep -qx 'digraph kbindgen {' || fail "not a digraph"
  # The macro constant comes first (macros are recorded before the walk).
  file_has graph.dot 'item0 [label="constant ANSWER\nh.h:4", color=black];'
  file_has graph.dot 'item1 [label="struct b\nh.h:1", color=black];'
  file_has graph.dot 'item2 -> item1 [label="field p"];'
  file_has graph.dot 'item3 -> item2 [label="parameter arg"];'
  tail -n 1 "$OUT/graph.dot" | grep -qx '}' || fail "the graph is not closed"
  # Deterministic: the same graph again; the bindings are unchanged.
  cp "$OUT/graph.dot" "$OUT/first.dot"
  run 0 h.h --emit-ir-graphviz graph.dot --always-write -o out.rs -- -DEXTRA=42
  cmp -s "$OUT/graph.dot" "$OUT/first.dot" || fail "the graph differs between runs"
  cmp -s "$OUT/out.rs" "$OUT/plain.rs" || fail "--emit-ir-graphviz changed the bindings"
  # A node not emitted is grey.
  run 0 h.h --allowlist-type b --emit-ir-graphviz graph.dot -o out.rs -- -DEXTRA=42
  file_has graph.dot 'item2 [label="struct a\nh.h:2", color=grey];'
  ;;
emit-diagnostics)
  printf 'struct wide {\n\t__int128 v;\n};\n' >"$OUT/w.h"
  run 0 w.h --rust-target 1.70 -o w.rs
  stderr_has "kbindgen: warning: w.h:1:8: __int128 needs --rust-target 1.77"
  stderr_lacks "^"
  run 0 w.h --rust-target 1.70 --emit-diagnostics -o w.rs
  stderr_has "kbindgen: warning: w.h:1:8: __int128 needs --rust-target 1.77"
  [ "$(sed -n 2p "$OUT/stderr")" = "struct wide {" ] || fail "line 2 is not the source line"
  [ "$(sed -n 3p "$OUT/stderr")" = "       ^" ] || fail "line 3 is not the caret under column 8"
  ;;
emit-ir-forms)
  (cd "$OUT" && "$K" h.h -o plain.rs) || fail "plain run failed"
  # kbindgen's --emit-ir FILE, before or after the header.
  run 0 h.h --emit-ir ir.json -o out.rs
  file_has ir.json '"schema": "kbindgen-ir"'
  rm "$OUT/ir.json"
  run 0 --emit-ir ir.json h.h -o out.rs
  file_has ir.json '"schema": "kbindgen-ir"'
  run 0 h.h --emit-ir=eq.json
  file_has eq.json '"schema": "kbindgen-ir"'
  # bindgen's flag: followed by an option, by `--`, by nothing, or by the
  # only argument that can be the header. The IR goes to stderr.
  for args in "h.h --emit-ir -o out.rs" "--emit-ir h.h -o out.rs" \
      "h.h -o out.rs --emit-ir" "h.h -o out.rs --emit-ir -- -DOTHER=1"; do
    # shellcheck disable=SC2086
    run 0 $args
    stderr_has '"schema": "kbindgen-ir"'
    cmp -s "$OUT/out.rs" "$OUT/plain.rs" || fail "$args: the bindings differ"
  done
  # The bindings on stdout stay clean Rust.
  run 0 --emit-ir h.h
  stderr_has '"schema": "kbindgen-ir"'
  grep -q '"schema"' "$OUT/stdout" && fail "the IR went to stdout"
  stdout_has "pub struct a {"
  ;;
*)
  echo "unknown case $CASE" >&2
  exit 2
  ;;
esac
exit 0

#!/bin/sh
# Runs the kbindgen binary the way users and the kernel's scripts do and
# checks exit status and output. Usage: cli.sh KBINDGEN CASE
set -u
K=$1
CASE=$2
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/harness.sh"

case $CASE in
version)
  # scripts/rust_is_available.sh: `--version workaround-for-0.69.0` must exit
  # 0, and line 1 is read with a greedy sed regex...
  run 0 --version workaround-for-0.69.0
  v=$(sed -nE '1s:.*bindgen ([0-9]+\.[0-9]+\.[0-9]+).*:\1:p' "$OUT/stdout")
  [ "$v" = "0.72.1" ] || fail "kernel sed read '$v'"
  # ...and by older scripts with every X.Y.Z on line 1.
  v=$(head -n 1 "$OUT/stdout" | grep -oE '[0-9]+\.[0-9]+\.[0-9]+')
  [ "$v" = "0.72.1" ] || fail "old grep read '$v'"
  run 0 -V
  [ "$(head -n 1 "$OUT/stdout")" = "bindgen 0.72.1" ] || fail "-V line 1"
  # Bug reports: kbindgen's version and commit, then libclang's.
  sed -n 2p "$OUT/stdout" | grep -qE '^kbindgen [0-9]+\.[0-9]+\.[0-9]+ \(commit ([0-9a-f]{7,}|unknown)\)$' ||
    fail "line 2 is not 'kbindgen X.Y.Z (commit HASH)'"
  sed -n 3p "$OUT/stdout" | grep -qE '^libclang: .*clang version [0-9]+\.[0-9]+\.[0-9]+' ||
    fail "line 3 is not libclang's version"
  [ "$(wc -l <"$OUT/stdout")" -eq 3 ] || fail "not three lines"
  # The subcommands answer --version the same way.
  run 0 layout --version
  [ "$(head -n 1 "$OUT/stdout")" = "bindgen 0.72.1" ] || fail "layout --version line 1"
  ;;
help)
  run 0 --help
  stdout_has "Usage: kbindgen HEADER [OPTIONS] [-- CLANG_ARGS...]"
  stdout_has "--opaque-type REGEX"
  stdout_has "--blocklist-type REGEX  (alias: --blacklist-type)"
  stdout_has "--dynamic-loading"
  run 0 -h x.h
  stdout_has "Usage: kbindgen"
  ;;
help-commands)
  # --help names the subcommands, and each option's default and values.
  run 0 --help
  for cmd in explain layout diff help; do
    grep -qE "^  $cmd +[A-Z]" "$OUT/stdout" || fail "--help does not list the command $cmd"
  done
  stdout_has "kbindgen explain [--json] ITEM... (--ir FILE | --header HEADER)"
  stdout_has "[default: 1.82]"
  stdout_has "[default: consts] [possible values: consts, moduleconsts, rust, rust_non_exhaustive, newtype, newtype_global, bitfield]"
  stdout_has "[default: __extern]"
  cp "$OUT/stdout" "$OUT/dash-help"
  # `kbindgen help` is --help, on stdout with status 0.
  run 0 help
  cmp -s "$OUT/stdout" "$OUT/dash-help" || fail "'kbindgen help' differs from --help"
  run 2 help nosuch
  stderr_has "kbindgen: error: no command named 'nosuch' (commands: explain, layout, diff, help)"
  stdout_empty
  ;;
subcommand-help)
  # `kbindgen CMD --help`, `CMD -h` and `kbindgen help CMD` print CMD's help
  # (usage, what it does, its own options) on stdout with status 0, even
  # without the arguments a run needs.
  for cmd in explain layout diff; do
    run 0 help $cmd
    stdout_has "Usage: kbindgen $cmd [--json]"
    stdout_has "Options of kbindgen $cmd:"
    stdout_has "--json"
    cp "$OUT/stdout" "$OUT/help-$cmd"
    run 0 $cmd --help
    cmp -s "$OUT/stdout" "$OUT/help-$cmd" || fail "'$cmd --help' differs from 'help $cmd'"
    run 0 $cmd -h --json
    cmp -s "$OUT/stdout" "$OUT/help-$cmd" || fail "'$cmd -h' differs from 'help $cmd'"
  done
  run 0 help explain
  stdout_has "--header HEADER"
  ! grep -q -- "--opaque-type REGEX" "$OUT/stdout" || fail "explain's help lists bindgen's options one by one"
  run 0 help diff
  ! grep -q -- "--ir FILE" "$OUT/stdout" || fail "diff's help lists --ir, which diff does not take"
  ;;
shell-completions)
  # bindgen's --generate-shell-completions, from the option table: each
  # script loads, and offers options, subcommands and fixed values.
  for shell in bash zsh fish; do
    run 0 --generate-shell-completions $shell
    cp "$OUT/stdout" "$OUT/completion.$shell"
    stdout_has "allowlist-type"
    stdout_has "wrap-static-fns-kernel-names"
  done
  run 2 --generate-shell-completions powershell
  stderr_has "expected bash, zsh or fish"
  bash -n "$OUT/completion.bash" || fail "bash cannot parse its completions"
  # complete SHELL-WORDS...: what the bash completion offers for the last word.
  complete() {
    bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _kbindgen; printf "%s\n" "${COMPREPLY[@]}"' \
      sh "$OUT/completion.bash" kbindgen "$@"
  }
  complete --opaq | grep -qx -- --opaque-type || fail "bash: --opaq"
  complete ex | grep -qx explain || fail "bash: the subcommand explain"
  complete explain --hea | grep -qx -- --header || fail "bash: explain --hea"
  complete x.h --hea | grep -q . && fail "bash: --header offered outside explain and layout"
  [ "$(complete x.h --rust-edition '' | tr '\n' ' ')" = "2018 2021 2024 " ] || fail "bash: --rust-edition values"
  if command -v zsh >/dev/null; then
    zsh -n "$OUT/completion.zsh" || fail "zsh cannot parse its completions"
  fi
  if command -v fish >/dev/null; then
    fish -n "$OUT/completion.fish" || fail "fish cannot parse its completions"
    fish -c "source '$OUT/completion.fish'; complete -C 'kbindgen explain --hea'" | grep -q '^--header' ||
      fail "fish: explain --hea"
    fish -c "source '$OUT/completion.fish'; complete -C 'kbindgen x.h --default-enum-style '" | grep -q '^newtype' ||
      fail "fish: --default-enum-style values"
  fi
  ;;
man-page)
  # kbindgen(1) from the option table: every option the parser takes is on
  # the page, and groff formats it without a warning.
  run 0 --generate-man-page
  cp "$OUT/stdout" "$OUT/kbindgen.1"
  stdout_has ".TH KBINDGEN 1"
  stdout_has '.SH "KBINDGEN LAYOUT"'
  run 0 --help
  grep -oE '^  (-[A-Za-z], )?--[a-z0-9_-]+' "$OUT/stdout" | sed 's/.*--/--/' | sort -u >"$OUT/help-options"
  [ "$(wc -l <"$OUT/help-options")" -gt 100 ] || fail "too few options in --help"
  while read -r opt; do
    grep -qF -- "\\fB$(echo "$opt" | sed 's/-/\\-/g')\\fR" "$OUT/kbindgen.1" || fail "the man page lacks $opt"
  done <"$OUT/help-options"
  groff -man -Tutf8 -ww -z "$OUT/kbindgen.1" 2>"$OUT/groff.log" || fail "groff failed"
  [ ! -s "$OUT/groff.log" ] || { cat "$OUT/groff.log" >&2; fail "groff warnings"; }
  ;;
did-you-mean)
  # An unknown name in layout and explain gets the closest known one.
  printf 'struct phy_device { int state; };\ntypedef struct phy_device phy_t;\nenum colour { RED, GREEN };\n' >"$OUT/t.h"
  run 1 layout phy_devise --header "$OUT/t.h"
  stderr_has "kbindgen: error: no struct or union named 'phy_devise'; did you mean 'phy_device'?"
  run 1 layout phy_tt --header "$OUT/t.h"
  stderr_has "did you mean 'phy_t'?"
  run 1 explain phy_devic GREEM --header "$OUT/t.h"
  stdout_has "phy_devic: no item or macro of that name in the header; did you mean 'phy_device'?"
  stdout_has "GREEM: no item or macro of that name in the header; did you mean 'GREEN'?"
  # A name far from every other gets no guess.
  run 1 explain zzzzzzzz --header "$OUT/t.h"
  ! grep -q "did you mean" "$OUT/stdout" || fail "a far name got a suggestion"
  run 1 layout zzzzzzzz --header "$OUT/t.h"
  ! grep -q "did you mean" "$OUT/stderr" || fail "a far type name got a suggestion"
  ;;
unknown-option)
  run 2 x.h --foo
  stderr_has "kbindgen: error: unknown option '--foo'"
  stdout_empty
  run 2 x.h --opaque-typ=x
  stderr_has "did you mean '--opaque-type'?"
  ;;
no-arguments)
  run 2
  stderr_has "kbindgen: error: no header given"
  stderr_has "usage: kbindgen HEADER"
  ;;
missing-value)
  run 2 x.h --opaque-type
  stderr_has "option '--opaque-type' needs a value"
  run 2 x.h --module-raw-line m
  stderr_has "option '--module-raw-line' needs two values"
  ;;
bad-value)
  run 2 x.h --rust-target 1.x
  stderr_has "invalid value '1.x' for option '--rust-target'"
  run 2 x.h --default-enum-style=enum
  stderr_has "'--default-enum-style'"
  ;;
unsupported-option)
  run 2 x.h --enable-cxx-namespaces
  stderr_has "option '--enable-cxx-namespaces' is not supported"
  ;;
usage-conflicts)
  run 2 x.h y.h
  stderr_has "unexpected argument 'y.h'"
  run 2 x.h --depfile x.d
  stderr_has "--depfile needs --output"
  ;;
missing-header)
  run 1 "$OUT/no-such-header.h" -o "$OUT/out.rs"
  stderr_has "kbindgen: error: header '$OUT/no-such-header.h' does not exist"
  [ ! -e "$OUT/out.rs" ] || fail "output written for a missing header"
  ;;
newer-kernel-flags)
  # What kernels after 6.12 pass or probe (issue 16). 7.1+ asks for the
  # version without the dummy argument.
  run 0 --version
  [ "$(head -n 1 "$OUT/stdout")" = "bindgen 0.72.1" ] || fail "--version line 1"
  # The probe for libclang >= 22 with bindgen < 0.72.1: the definition that
  # follows a forward declaration must give the fields.
  printf 'struct S;\nstruct S { int foo; };\n' >"$OUT/libclang_22.h"
  run 0 "$OUT/libclang_22.h"
  stdout_has "pub foo"
  # bindgen 0.71 dropped --experimental from --wrap-static-fns.
  printf 'static inline int twice(int x) { return 2 * x; }\n' >"$OUT/inl.h"
  run 0 "$OUT/inl.h" -o "$OUT/inl.rs" --wrap-static-fns \
    --wrap-static-fns-path "$OUT/inl_wrappers"
  grep -q 'twice__extern' "$OUT/inl.c" "$OUT/inl_wrappers.c" 2>/dev/null ||
    fail "no wrapper written for twice"
  # --clang-macro-fallback (and its build dir) change nothing: kbindgen
  # evaluates every macro with clang anyway.
  printf '#define SHIFTED (1u << 4)\n' >"$OUT/mac.h"
  run 0 "$OUT/mac.h" -o "$OUT/plain.rs"
  run 0 "$OUT/mac.h" -o "$OUT/fallback.rs" --clang-macro-fallback \
    --clang-macro-fallback-build-dir "$OUT/fb"
  cmp -s "$OUT/plain.rs" "$OUT/fallback.rs" || fail "--clang-macro-fallback changed the output"
  grep -q 'SHIFTED' "$OUT/plain.rs" || fail "no SHIFTED constant"
  [ ! -e "$OUT/fb" ] || fail "--clang-macro-fallback-build-dir created a directory"
  # The 2026 parameters: custom derives on every struct and union, but not on
  # __BindgenBitfieldUnit<Storage>, which rust/bindings/lib.rs implements
  # Zeroable for by hand; the attribute lands on the newtype enum.
  printf 'enum lru_status { LRU_REMOVED, LRU_SKIP };\nstruct bf { unsigned a:3; int x; };\nunion un { int a; float b; };\n' >"$OUT/newer.h"
  run 0 "$OUT/newer.h" -o "$OUT/newer.rs" --rust-target 1.85 \
    --with-derive-custom-struct '.*=MaybeZeroable' \
    --with-derive-custom-union '.*=MaybeZeroable' --newtype-enum lru_status \
    "--with-attribute-custom-enum=lru_status=#[cfi_encoding=\"10lru_status\"]"
  grep -B1 'pub struct __BindgenBitfieldUnit<Storage> {' "$OUT/newer.rs" |
    grep -q 'MaybeZeroable' && fail "the bitfield unit got the custom derive"
  grep -A1 'MaybeZeroable' "$OUT/newer.rs" | grep -q 'pub struct bf {' ||
    fail "struct bf lacks the custom derive"
  grep -A1 'MaybeZeroable' "$OUT/newer.rs" | grep -q 'pub union un {' ||
    fail "union un lacks the custom derive"
  grep -A1 '#\[cfi_encoding="10lru_status"\]' "$OUT/newer.rs" |
    grep -q 'pub struct lru_status(pub' || fail "the attribute is not on the newtype"
  grep -q 'pub const LRU_SKIP: lru_status = lru_status(1);' "$OUT/newer.rs" ||
    fail "no associated constant LRU_SKIP"
  ;;
libclang-version)
  # scripts/rust_is_available.sh: a header with only a #pragma message must
  # succeed, and the warning carrying libclang's version must reach stderr.
  run 0 "$HERE/libclang_version.h"
  v=$(sed -nE 's:.*clang version ([0-9]+\.[0-9]+\.[0-9]+).*:\1:p' "$OUT/stderr")
  [ -n "$v" ] || fail "no clang version on stderr"
  grep -q "libclang_version.h:2:9: warning: clang version" "$OUT/stderr" ||
    fail "the warning lacks clang's file:line:col"
  ;;
output-file)
  # -o replaces the file only on success; failures leave it as it was.
  printf 'struct point { int x, y; };\n' >"$OUT/good.h"
  printf '#error kbindgen test\n' >"$OUT/bad.h"
  echo old >"$OUT/out.rs"
  run 1 "$OUT/bad.h" -o "$OUT/out.rs"
  [ "$(cat "$OUT/out.rs")" = old ] || fail "a failed run changed the output"
  run 0 "$OUT/good.h" -o "$OUT/out.rs" --depfile "$OUT/out.d" --time-phases
  stdout_empty
  grep -q 'point' "$OUT/out.rs" || fail "no bindings in out.rs"
  for phase in parse.scan parse.clang parse.ir parse.macros parse analysis rust write total; do
    grep -qE "^kbindgen: time: $phase [0-9]+\.[0-9]{3} s$" "$OUT/stderr" ||
      fail "no time line for $phase"
  done
  head -n 1 "$OUT/out.d" | grep -qF "$OUT/out.rs: " || fail "depfile target"
  grep -qF "$OUT/good.h" "$OUT/out.d" || fail "depfile lacks the header"
  [ "$(ls -A "$OUT" | grep -c tmp)" -eq 0 ] || fail "temporary file left"
  # kbindgen options after `--` are clang's; say so when clang fails.
  run 1 "$OUT/good.h" -o "$OUT/out.rs" -- -DX --time-phases
  stderr_has "kbindgen: note: '--time-phases' comes after '--'"
  grep -q 'point' "$OUT/out.rs" || fail "a failed run changed out.rs"
  # A symlinked output stays a link; its target gets the bindings.
  rm -f "$OUT/real.rs" "$OUT/link.rs"
  echo old >"$OUT/real.rs"
  ln -s real.rs "$OUT/link.rs"
  run 0 "$OUT/good.h" -o "$OUT/link.rs"
  [ -L "$OUT/link.rs" ] || fail "the symlinked output was replaced by a file"
  grep -q 'point' "$OUT/real.rs" || fail "the symlink's target did not get the bindings"
  # A device is written, not replaced (as root, a rename would turn
  # /dev/null into a regular file).
  run 0 "$OUT/good.h" -o /dev/null --emit-ir /dev/null
  [ -c /dev/null ] || fail "/dev/null is no longer a character device"
  run 1 "$OUT/good.h" -o "$OUT/no-such-dir/out.rs"
  stderr_has "kbindgen: error: cannot write '$OUT/no-such-dir/out.rs'"
  ;;
unchanged-output)
  # An output whose bytes come out unchanged is left alone (its modification
  # time stays), so make does not rebuild what depends on it; a real change
  # replaces it, and --always-write replaces it anyway.
  printf 'struct point { int x, y; };\n/* one */\n' >"$OUT/p.h"
  run 0 "$OUT/p.h" -o "$OUT/out.rs" --depfile "$OUT/out.d" --emit-ir "$OUT/ir.json"
  old=$(date -d '2001-01-01 00:00:00' +%s)
  touch -d @"$old" "$OUT/out.rs" "$OUT/out.d" "$OUT/ir.json"
  printf 'struct point { int x, y; };\n/* two */\n' >"$OUT/p.h"
  run 0 "$OUT/p.h" -o "$OUT/out.rs" --depfile "$OUT/out.d" --emit-ir "$OUT/ir.json"
  for f in out.rs out.d ir.json; do
    [ "$(stat -c %Y "$OUT/$f")" = "$old" ] || fail "$f was rewritten with the same contents"
  done
  run 0 "$OUT/p.h" -o "$OUT/out.rs" --depfile "$OUT/out.d" --always-write
  [ "$(stat -c %Y "$OUT/out.rs")" != "$old" ] || fail "--always-write kept out.rs"
  [ "$(stat -c %Y "$OUT/out.d")" != "$old" ] || fail "--always-write kept out.d"
  touch -d @"$old" "$OUT/out.rs"
  printf 'struct point { int x, y, z; };\n' >"$OUT/p.h"
  run 0 "$OUT/p.h" -o "$OUT/out.rs"
  [ "$(stat -c %Y "$OUT/out.rs")" != "$old" ] || fail "a changed output was not written"
  grep -q 'pub z:' "$OUT/out.rs" || fail "the new field is missing"
  [ "$(ls -A "$OUT" | grep -c tmp)" -eq 0 ] || fail "temporary file left"
  ;;
make-rebuild)
  # make over kbindgen's output, as Kbuild uses it: a header edit that does
  # not change the bindings reruns kbindgen but rebuilds nothing after it.
  command -v make >/dev/null || fail "make is not installed"
  mkdir "$OUT/m"
  printf 'struct point { int x, y; };\n' >"$OUT/m/p.h"
  printf 'crate.stamp: out.rs\n\techo crate >>log; cp out.rs $@\nout.rs: p.h\n\techo gen >>log; %s p.h -o $@ $(EXTRA)\n' "$K" >"$OUT/m/Makefile"
  make -s -C "$OUT/m" >/dev/null 2>&1 || fail "first make failed"
  # Dates apart by a day each: the header is newest, as after an edit.
  touch -d '2001-01-01' "$OUT/m/out.rs"
  touch -d '2001-01-02' "$OUT/m/crate.stamp"
  : >"$OUT/m/log"
  printf '/* a comment */\nstruct point { int x, y; };\n' >"$OUT/m/p.h"
  make -s -C "$OUT/m" >/dev/null 2>&1 || fail "make after a comment failed"
  [ "$(cat "$OUT/m/log")" = gen ] || fail "after a comment, make ran: $(cat "$OUT/m/log" | tr '\n' ' ')"
  # The control: with --always-write the same edit rebuilds the crate.
  touch -d '2001-01-01' "$OUT/m/out.rs"
  touch -d '2001-01-02' "$OUT/m/crate.stamp"
  : >"$OUT/m/log"
  printf '/* another comment */\nstruct point { int x, y; };\n' >"$OUT/m/p.h"
  make -s -C "$OUT/m" EXTRA=--always-write >/dev/null 2>&1 || fail "make --always-write failed"
  [ "$(cat "$OUT/m/log" | tr '\n' ' ')" = "gen crate " ] || fail "--always-write did not rebuild: $(cat "$OUT/m/log")"
  # A real change rebuilds, and the field is there.
  : >"$OUT/m/log"
  printf 'struct point { int x, y, z; };\n' >"$OUT/m/p.h"
  make -s -C "$OUT/m" >/dev/null 2>&1 || fail "make after a new field failed"
  [ "$(cat "$OUT/m/log" | tr '\n' ' ')" = "gen crate " ] || fail "a new field did not rebuild: $(cat "$OUT/m/log")"
  grep -q 'pub z:' "$OUT/m/crate.stamp" || fail "the new field did not reach the crate"
  ;;
not-c-input)
  # C++ (and every other language clang reads that is not C) is refused
  # with exit status 4 and a message naming the cause; -o stays untouched.
  printf 'struct point { int x, y; };\nint f(int);\n' >"$OUT/c.h"
  echo old >"$OUT/out.rs"
  for suffix in hpp hh hxx H h++ ipp cpp cc cxx; do
    cp "$OUT/c.h" "$OUT/c.$suffix"
    run 4 "$OUT/c.$suffix" -o "$OUT/out.rs"
    stderr_has "kbindgen: error: $OUT/c.$suffix: C++ input is not supported: kbindgen binds C headers only (the suffix '.$suffix' makes clang read the header as C++)"
  done
  for args in "-x c++" "-xc++" "-x c++-header" "--language=c++" "-std=c++17" "-std=gnu++20" "--driver-mode=g++"; do
    # shellcheck disable=SC2086
    run 4 "$OUT/c.h" -o "$OUT/out.rs" -- -DX $args
    stderr_has "C++ input is not supported: kbindgen binds C headers only ('$args' makes clang read the header as C++)"
  done
  for lang in "objective-c:Objective-C" "objective-c++:Objective-C++" "cuda:CUDA" "hip:HIP" "cl:OpenCL"; do
    run 4 "$OUT/c.h" -o "$OUT/out.rs" -- -x "${lang%%:*}"
    stderr_has "${lang#*:} input is not supported"
  done
  run 4 "$OUT/c.h" -o "$OUT/out.rs" -- -std=cl2.0
  stderr_has "OpenCL input is not supported"
  [ "$(cat "$OUT/out.rs")" = old ] || fail "a refused run changed the output"
  # C++ declarations in a .h parsed as C: clang's errors, then the cause.
  printf '#include <stddef.h>\nnamespace ns {\nstruct s { int a; };\n}\n' >"$OUT/ns.h"
  run 4 "$OUT/ns.h" -o "$OUT/out.rs"
  stderr_has "$OUT/ns.h:2:1: error: unknown type name 'namespace'"
  stderr_has "$OUT/ns.h:2:1: error: 'namespace' is C++, not C: kbindgen binds C headers only (C++ input is not supported)"
  printf 'class widget;\n' >"$OUT/class.h"
  run 4 "$OUT/class.h"
  stderr_has "$OUT/class.h:1:1: error: 'class' is C++, not C"
  printf 'extern "C++" {\nint g(int);\n}\n' >"$OUT/cxx-linkage.h"
  run 4 "$OUT/cxx-linkage.h"
  stderr_has "$OUT/cxx-linkage.h:1:8: error: '\"C++\"' is C++, not C"
  printf 'extern "C" int g(int);\n' >"$OUT/c-linkage.h"
  run 4 "$OUT/c-linkage.h"
  stderr_has "$OUT/c-linkage.h:1:8: error: '\"C\"' is C++, not C"
  [ "$(cat "$OUT/out.rs")" = old ] || fail "a refused run changed the output"
  # C input stays C: the usual guard, an explicit C language or standard
  # (the last -x wins), and a C error that has nothing to do with C++.
  printf '#ifdef __cplusplus\nextern "C" {\n#endif\nint g(int);\n#ifdef __cplusplus\n}\n#endif\n' >"$OUT/guard.h"
  run 0 "$OUT/guard.h" -o "$OUT/out.rs"
  grep -q 'pub fn g' "$OUT/out.rs" || fail "the guarded header lost g"
  run 0 "$OUT/guard.h" -- -x c++ -x c-header -std=gnu11
  stdout_has "pub fn g"
  cp "$OUT/c.h" "$OUT/c.hpp"
  run 0 "$OUT/c.hpp" -- -x c-header
  stdout_has "pub struct point"
  printf 'int class_;\nstruct s { int a }\n' >"$OUT/bad.h"
  run 1 "$OUT/bad.h"
  stderr_has "kbindgen: error: 1 error generated."
  run 0 --help
  stdout_has "4 input that is not C"
  ;;
names-depth)
  # rustc stops at its recursion limit (128) on records nested that deep by
  # value; kbindgen binds 100 levels and refuses more, naming the record.
  nest() { # nest FILE DEPTH: struct deep with DEPTH-1 anonymous levels inside
    awk -v n="$2" 'BEGIN { print "struct deep {"; for (i = 1; i < n; i++) print (i % 2 ? "struct {" : "union {");
      print "int leaf;"; for (i = 1; i < n; i++) print "};"; print "};" }' >"$1"
  }
  nest "$OUT/ok.h" 100
  run 0 "$OUT/ok.h" -o "$OUT/ok.rs"
  if command -v "${RUSTC:-rustc}" >/dev/null; then
    "${RUSTC:-rustc}" --edition 2021 --crate-type lib --emit metadata -o "$OUT/ok.rmeta" "$OUT/ok.rs" \
      >"$OUT/rustc.log" 2>&1 || { cat "$OUT/rustc.log" >&2; fail "100 levels do not compile"; }
  fi
  nest "$OUT/deep.h" 101
  echo old >"$OUT/out.rs"
  run 1 "$OUT/deep.h" -o "$OUT/out.rs"
  stderr_has "kbindgen: error: $OUT/deep.h:1:8: struct 'deep' nests records and arrays by value more than 100 deep; rustc stops at its recursion limit (128)"
  [ "$(cat "$OUT/out.rs")" = old ] || fail "a refused run changed the output"
  # Named records nest the same way; so do arrays of records.
  awk 'BEGIN { print "struct s0 { int leaf; };"; for (i = 1; i <= 60; i++) printf "struct s%d { struct s%d inner[1]; };\n", i, i - 1 }' >"$OUT/chain.h"
  run 1 "$OUT/chain.h"
  stderr_has "struct 's50' nests records and arrays by value more than 100 deep"
  run 0 "$OUT/chain.h" --blocklist-type 's5[0-9]|s60'
  ;;
names-outputs)
  # The renamed keywords and non-ASCII names reach the C wrappers and the
  # safe skeleton: distinct wrapper symbols, distinct parameters.
  printf 'static inline int yield(int x) { return x; }\nstatic inline int yield_(int x) { return x; }\nstatic inline int \303\251t\303\251(int type, int type_) { return type; }\n' >"$OUT/n.h"
  run 0 "$OUT/n.h" --experimental --wrap-static-fns --wrap-static-fns-path "$OUT/w.c" --safe-output "$OUT/safe.rs" -o "$OUT/n.rs"
  grep -qF '#[link_name = "yield__extern"]' "$OUT/n.rs" || fail "yield's wrapper"
  grep -qF 'pub fn yield__(x:' "$OUT/n.rs" || fail "yield's Rust name"
  grep -qF '#[link_name = "yield___extern"]' "$OUT/n.rs" || fail "yield_'s wrapper"
  grep -qF 'pub fn yield_(x:' "$OUT/n.rs" || fail "yield_'s Rust name"
  grep -qF 'pub fn _u00e9_t_u00e9_(' "$OUT/n.rs" || fail "the non-ASCII function's Rust name"
  grep -qF "#[link_name = \"$(printf '\303\251t\303\251')__extern\"]" "$OUT/n.rs" || fail "the non-ASCII wrapper"
  grep -qF 'int yield___extern(int __kbindgen_arg_0) { return yield_(__kbindgen_arg_0); }' "$OUT/w.c" || fail "wrappers"
  if command -v "${CC:-clang-19}" >/dev/null; then
    "${CC:-clang-19}" -c -Werror -o "$OUT/w.o" -I"$OUT" "$OUT/w.c" 2>"$OUT/cc.log" ||
      { cat "$OUT/cc.log" >&2; fail "the wrappers do not compile"; }
  fi
  # The safe wrapper's parameters are the raw declaration's (the analysis').
  grep -qFx '        type_: ::std::os::raw::c_int,' "$OUT/n.rs" &&
    grep -qFx '        type__: ::std::os::raw::c_int,' "$OUT/n.rs" || fail "raw parameters"
  grep -qF 'pub fn _u00e9_t_u00e9_(type_: i32, type__: i32)' "$OUT/safe.rs" || fail "safe parameters"
  ;;
call-abi-summary)
  # Functions Rust cannot call as C does are not emitted, with ONE summary
  # line for the run (system headers included), not a line per declaration;
  # the reason is in explain and --emit-ir.
  cat >"$OUT/abi.h" <<'EOF_H'
#include <math.h>
typedef float v4sf __attribute__((vector_size(16)));
long double mine_ld(long double x);
void mine_vec(v4sf a);
double mine_ok(double x);
typedef long double (*mine_cb)(long double);
EOF_H
  run 0 "$OUT/abi.h" -o "$OUT/abi.rs" --emit-ir "$OUT/abi.json"
  [ "$(grep -c 'functions not emitted' "$OUT/stderr")" -eq 1 ] ||
    fail "not exactly one summary line for the refused functions"
  grep -qE "^kbindgen: warning: [0-9]+ functions not emitted: their call ABI passes long double \([0-9]+\), .*a vector type \(1\).*, which Rust cannot express; \`kbindgen explain NAME\` for each: " "$OUT/stderr" ||
    fail "summary line text"
  stderr_has "1 function pointer type kept for its layout, but calling through it is wrong: its call ABI passes long double (1)"
  # System headers' per-declaration warnings are one line per kind.
  [ "$(grep -c 'mathcalls.h' "$OUT/stderr")" -le 2 ] ||
    fail "warnings repeated per declaration of a system header"
  [ "$(wc -l <"$OUT/stderr")" -le 10 ] || fail "more than 10 warning lines"
  grep -q 'pub fn mine_ok' "$OUT/abi.rs" || fail "mine_ok is missing"
  ! grep -q 'pub fn mine_ld\|pub fn mine_vec\|pub fn sinl\|pub fn cabs' "$OUT/abi.rs" ||
    fail "a function with a long double, vector or _Complex call ABI is emitted"
  grep -q 'not callable from Rust: its call ABI passes long double (return type)' "$OUT/abi.json" ||
    fail "--emit-ir lacks the reason"
  run 0 explain mine_vec --header "$OUT/abi.h"
  stdout_has "function mine_vec: skipped"
  stdout_has "its call ABI passes a vector type (parameter a), which Rust cannot express"
  ;;
unused-regex)
  # A regex that matches nothing is a warning naming the option and the
  # pattern; '' (the kernel's --allowlist-var '') and '.*' are not.
  printf 'struct used { int x; };\nint used_fn(void);\n#define USED_VAR 1\nenum e { E_A };\n' >"$OUT/re.h"
  run 0 "$OUT/re.h" -o "$OUT/re.rs" --allowlist-type 'used' --allowlist-type 'typo_.*' \
    --allowlist-function 'used_fn|nothing' --allowlist-function 'no_fn' --allowlist-var '' \
    --allowlist-var USED_VAR --blocklist-item 'gone' --opaque-type 'missing' \
    --no-debug '.*' --rustified-enum 'nope' --with-derive-custom-struct 'absent=Eq'
  stderr_has "kbindgen: warning: --allowlist-type 'typo_.*' matched nothing"
  stderr_has "kbindgen: warning: --allowlist-function 'no_fn' matched nothing"
  stderr_has "kbindgen: warning: --blocklist-item 'gone' matched nothing"
  stderr_has "kbindgen: warning: --opaque-type 'missing' matched nothing"
  stderr_has "kbindgen: warning: --rustified-enum 'nope' matched nothing"
  stderr_has "kbindgen: warning: --with-derive-custom-struct 'absent' matched nothing"
  [ "$(grep -c 'matched nothing' "$OUT/stderr")" -eq 6 ] ||
    fail "a regex that matched something is reported"
  run 0 "$OUT/re.h" -o "$OUT/re.rs" --allowlist-type used --blocklist-function used_fn --rustified-enum E_A
  [ ! -s "$OUT/stderr" ] || fail "warnings for regexes that matched"
  ;;
macro-cache)
  # The second run appends the probes of the macro names the first stored,
  # without the preprocessing pass; the bytes are the same.
  printf '#define BASE 4\n#define SIZE (BASE * 2)\nstruct s { char b[SIZE]; };\n' >"$OUT/m.h"
  run 0 "$OUT/m.h" -o "$OUT/cold.rs" --time-phases
  stderr_has "kbindgen: time: parse.scan "
  entry=$(ls "$OUT"/cache/*.macros) || fail "no cache entry"
  [ "$(echo "$entry" | wc -l)" -eq 1 ] || fail "more than one cache entry"
  grep -qx SIZE "$entry" || fail "SIZE is not in the cache entry"
  run 0 "$OUT/m.h" -o "$OUT/warm.rs" --time-phases
  ! grep -q "parse.scan" "$OUT/stderr" || fail "the second run made the preprocessing pass"
  cmp -s "$OUT/cold.rs" "$OUT/warm.rs" || fail "the outputs without and with the cache differ"
  grep -qF "pub const SIZE: u32 = 8;" "$OUT/warm.rs" || fail "SIZE is missing"
  # A macro the entry lacks is evaluated all the same, and the entry renewed.
  printf '#define EXTRA (SIZE + 1)\n' >>"$OUT/m.h"
  run 0 "$OUT/m.h" -o "$OUT/grown.rs"
  grep -qF "pub const EXTRA: u32 = 9;" "$OUT/grown.rs" || fail "EXTRA is missing"
  grep -qx EXTRA "$entry" || fail "the cache entry was not renewed"
  # A name the header no longer defines: its probe's #ifdef skips it.
  printf '#define BASE 4\nstruct s { char b[BASE]; };\n' >"$OUT/m.h"
  run 0 "$OUT/m.h" -o "$OUT/shrunk.rs" --time-phases
  ! grep -q "parse.scan" "$OUT/stderr" || fail "the entry was not used"
  ! grep -q "SIZE\|EXTRA" "$OUT/shrunk.rs" || fail "a removed macro is still emitted"
  ! grep -v "^kbindgen: time:" "$OUT/stderr" | grep -q . ||
    fail "diagnostics from the stale probes"
  # A tampered entry is no cache: only identifiers reach the probes.
  printf 'kbindgen-macro-probes 1\nBASE)) int injected; ((\n' >"$entry"
  run 0 "$OUT/m.h" -o "$OUT/tampered.rs" --time-phases
  stderr_has "kbindgen: time: parse.scan "
  cmp -s "$OUT/shrunk.rs" "$OUT/tampered.rs" || fail "a tampered entry changed the output"
  # --no-macro-cache, and an empty KBINDGEN_CACHE_DIR, write no entry.
  rm -rf "$OUT/cache"
  run 0 "$OUT/m.h" -o "$OUT/none.rs" --no-macro-cache
  [ ! -e "$OUT/cache" ] || fail "--no-macro-cache wrote a cache entry"
  KBINDGEN_CACHE_DIR=
  run 0 "$OUT/m.h" -o "$OUT/none.rs"
  [ ! -e "$OUT/cache" ] || fail "an empty KBINDGEN_CACHE_DIR wrote a cache entry"
  ;;
safe-ir)
  # With --safe-output, the IR dump records the safe backend's inferences.
  printf '%s\n' 'struct db;' 'int db_open(const char *name, struct db **out);' \
    'void db_close(struct db *db);' 'int db_put(struct db *db, int key);' >"$OUT/db.h"
  run 0 "$OUT/db.h" --safe-style std --safe-output "$OUT/safe.rs" --emit-ir "$OUT/ir.json" \
    -o "$OUT/raw.rs"
  grep -q 'impl Drop for Db' "$OUT/safe.rs" || fail "no owning Db type in the skeleton"
  grep -q '"safe":' "$OUT/ir.json" || fail "no safe inferences in the IR dump"
  grep -q '"owned.dtor-name"' "$OUT/ir.json" || fail "the IR dump lacks the rule owned.dtor-name"
  run 0 "$OUT/db.h" --emit-ir "$OUT/plain.json" -o "$OUT/raw.rs"
  ! grep -q '"safe":' "$OUT/plain.json" || fail "a safe key without --safe-output"
  ;;
subcommand-usage)
  # A usage error is exit 2 in every subcommand, as in the main run; bad
  # input stays 1. The subcommands' options belong to them alone.
  printf 'struct point { int x, y; };\n' >"$OUT/p.h"
  run 2 explain --header "$OUT/p.h"
  stderr_has "kbindgen: error: name at least one item"
  stderr_has "usage: kbindgen explain"
  run 2 explain point
  stderr_has "give exactly one of --ir FILE and --header HEADER"
  run 2 explain point --header "$OUT/p.h" --bogus
  stderr_has "unknown option '--bogus'"
  run 2 explain point --header "$OUT/p.h" --allowlist-type 'a('
  stderr_has "invalid regex in --allowlist-type 'a('"
  run 2 layout --header "$OUT/p.h"
  stderr_has "usage: kbindgen layout"
  run 2 layout point --ir
  stderr_has "option '--ir' needs a value"
  run 2 diff "$OUT/p.h"
  stderr_has "usage: kbindgen diff"
  run 2 diff "$OUT/p.h" "$OUT/p.h" --ir "$OUT/p.json"
  stderr_has "unknown option '--ir'"
  run 2 "$OUT/p.h" --json
  stderr_has "unknown option '--json'"
  run 1 explain point --header "$OUT/missing.h"
  stderr_has "kbindgen: error: header '$OUT/missing.h' does not exist"
  run 1 layout point --ir "$OUT/missing.json"
  run 1 diff "$OUT/missing.h" "$OUT/p.h"
  run 0 layout point --json --header "$OUT/p.h"
  stdout_has '"records"'
  ;;
ir-record-holds-itself)
  # A JSON IR whose anonymous union holds itself by value (found by
  # libfuzzer ir_reader): every reader of --ir refuses it, exit 1.
  cp "$HERE/../libfuzzer/regressions/ir_reader/anonymous-member-holds-itself" \
    "$OUT/self.json"
  msg="self.json: malformed IR: items[3] (union <anonymous>), field 'b': the field holds its own record by value"
  run 1 layout outer_u --ir "$OUT/self.json"
  stderr_has "$msg"
  stdout_empty
  run 1 explain outer_u --ir "$OUT/self.json"
  stderr_has "$msg"
  run 1 diff "$OUT/self.json" "$OUT/self.json"
  stderr_has "$msg"
  ;;
rust-target-edition)
  # Issue 17: bindgen refuses a --rust-target older than 1.33, and an
  # explicit --rust-edition the target does not have (exit 2, usage).
  printf 'int f(void);\n' >"$OUT/t.h"
  run 2 "$OUT/t.h" --rust-target 1.32
  stderr_has "invalid value '1.32' for option '--rust-target'"
  stderr_has "older than the oldest supported target, 1.33"
  run 2 "$OUT/t.h" --rust-target 1.0.5
  stderr_has "older than the oldest supported target, 1.33"
  run 0 "$OUT/t.h" --rust-target 1.33
  stdout_has "pub fn f()"
  run 2 "$OUT/t.h" --rust-target 1.55 --rust-edition 2021
  stderr_has "edition 2021 is not available in --rust-target 1.55 (it needs Rust 1.56)"
  run 2 "$OUT/t.h" --rust-edition 2024 --rust-target 1.84
  stderr_has "edition 2024 is not available in --rust-target 1.84 (it needs Rust 1.85)"
  # The order of the options does not matter; nightly has every edition;
  # without --rust-edition the target's newest edition is taken.
  run 0 "$OUT/t.h" --rust-edition 2024 --rust-target 1.85
  run 0 "$OUT/t.h" --rust-target nightly --rust-edition 2024
  run 0 "$OUT/t.h" --rust-target 1.40
  run 0 "$OUT/t.h" --rust-target 1.56 --rust-edition 2018
  ;;
dynamic-loading-combinations)
  # Issue 17: --dynamic-loading with --wrap-static-fns or --safe-output
  # would write code that does not work; both are refused (exit 2, usage),
  # and the previous output is left untouched.
  printf 'int f(int);\nstatic inline int g(int x) { return x; }\n' >"$OUT/t.h"
  printf 'previous\n' >"$OUT/out.rs"
  run 2 "$OUT/t.h" --dynamic-loading Lib --wrap-static-fns \
    --wrap-static-fns-path "$OUT/extern.c" -o "$OUT/out.rs"
  stderr_has "kbindgen: error: --dynamic-loading cannot be combined with --wrap-static-fns"
  file_has out.rs "previous"
  [ ! -e "$OUT/extern.c" ] || fail "extern.c was written"
  run 2 "$OUT/t.h" --safe-output "$OUT/safe.rs" --dynamic-loading Lib -o "$OUT/out.rs"
  stderr_has "kbindgen: error: --dynamic-loading cannot be combined with --safe-output"
  file_has out.rs "previous"
  [ ! -e "$OUT/safe.rs" ] || fail "safe.rs was written"
  # Each alone still works.
  run 0 "$OUT/t.h" --dynamic-loading Lib
  stdout_has "pub struct Lib"
  run 0 "$OUT/t.h" --wrap-static-fns --wrap-static-fns-path "$OUT/extern.c"
  stdout_has '#[link_name = "g__extern"]'
  ;;
override-abi-values)
  # Issue 17: --override-abi takes bindgen's REGEX=ABI (split at the last
  # '='); an unknown ABI or a missing '=' is a usage error naming the list.
  printf 'int f(int);\nint g(int);\n' >"$OUT/t.h"
  run 2 "$OUT/t.h" --override-abi 'f=fancy'
  stderr_has "unknown ABI 'fancy' in 'f=fancy' (expected REGEX=ABI with ABI one of C, C-unwind, system,"
  run 2 "$OUT/t.h" --override-abi 'C-unwind'
  stderr_has "expected REGEX=ABI, got 'C-unwind'"
  # bindgen's order: the ABI comes last, so ABI=REGEX is refused.
  run 2 "$OUT/t.h" --override-abi 'C-unwind=f'
  stderr_has "unknown ABI 'f'"
  run 2 "$OUT/t.h" --override-abi '(=C-unwind'
  stderr_has "invalid regex in --override-abi"
  # The first match wins; the last '=' splits.
  run 0 "$OUT/t.h" --override-abi 'f|g=C-unwind' --override-abi 'g=system' \
    --override-abi 'x=y=C'
  for fn in f g; do
    grep -A1 'unsafe extern "C-unwind" {' "$OUT/stdout" | grep -qF "pub fn $fn(" ||
      fail "$fn is not in an extern \"C-unwind\" block"
  done
  # An ABI rustc refuses on the target is refused for the function, loudly.
  run 0 "$OUT/t.h" --override-abi 'f=stdcall' -- --target=x86_64-linux-gnu
  stderr_has 'kbindgen: warning: 1 function not emitted: rustc refuses the ABI --override-abi asks for: extern "stdcall" exists only on 32-bit x86 targets (rustc E0570) (1); `kbindgen explain NAME` for each: f'
  stdout_lacks_fn=$(grep -c 'pub fn f(' "$OUT/stdout")
  [ "$stdout_lacks_fn" -eq 0 ] || fail "f was emitted with an ABI rustc refuses"
  run 0 "$OUT/t.h" --override-abi 'f=C-unwind' --rust-target 1.70
  stderr_has 'extern "C-unwind" needs Rust 1.71'
  ;;
*)
  echo "unknown case $CASE" >&2
  exit 2
  ;;
esac
exit 0

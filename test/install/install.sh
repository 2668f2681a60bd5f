#!/bin/sh
# Installs kbindgen from the build directory BUILD and runs it from there.
# Usage: install.sh BUILD CASE
#   prefix  `cmake --install BUILD --prefix P` into a fresh P: the binary
#           (finding libclang without the build tree), kbindgen(1), the
#           bash/zsh/fish completions and the docs
#   deb     `cpack -G DEB`, then `dpkg -x` into a scratch root: the Depends
#           field, lintian's verdict and a run of the packaged binary
set -u
BUILD=$1
CASE=$2
OUT=$(mktemp -d "${TMPDIR:-/tmp}/kbindgen-install.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
export KBINDGEN_CACHE_DIR="$OUT/cache"

fail() {
  echo "FAIL (install $CASE): $*" >&2
  exit 1
}

# run_installed BIN: the installed binary on a header, with no trace of the
# build tree in its environment.
run_installed() {
  printf 'struct point { int x, y; };\nint area(const struct point *p);\n' >"$OUT/point.h"
  env -i PATH=/usr/bin:/bin HOME="$OUT" "$1" "$OUT/point.h" -o "$OUT/point.rs" ||
    fail "$1 failed on a header"
  grep -q 'pub struct point' "$OUT/point.rs" || fail "no struct point in the bindings"
  grep -q 'pub fn area' "$OUT/point.rs" || fail "no fn area in the bindings"
  [ "$(env -i PATH=/usr/bin:/bin "$1" --version | head -n 1)" = "bindgen 0.72.1" ] ||
    fail "$1 --version line 1"
}

# no_run_path BIN: libclang is found through the loader's standard path,
# not through a run path into the build machine's directories.
no_run_path() {
  if readelf -d "$1" | grep -qE 'RPATH|RUNPATH'; then
    readelf -d "$1" | grep -E 'RPATH|RUNPATH' >&2
    fail "$1 has a run path"
  fi
}

case $CASE in
prefix)
  P=$OUT/prefix
  cmake --install "$BUILD" --prefix "$P" >"$OUT/install.log" 2>&1 ||
    { cat "$OUT/install.log" >&2; fail "cmake --install failed"; }
  for f in bin/kbindgen share/man/man1/kbindgen.1.gz \
      share/bash-completion/completions/kbindgen share/zsh/site-functions/_kbindgen \
      share/fish/vendor_completions.d/kbindgen.fish share/doc/kbindgen/README.md \
      share/doc/kbindgen/docs/ir-schema.md share/doc/kbindgen/copyright \
      share/doc/kbindgen/changelog.gz; do
    [ -s "$P/$f" ] || fail "$f is not installed"
  done
  no_run_path "$P/bin/kbindgen"
  run_installed "$P/bin/kbindgen"
  env -i PATH=/usr/bin:/bin "$P/bin/kbindgen" --help >"$OUT/help" || fail "--help failed"
  grep -q '^  explain ' "$OUT/help" || fail "--help lacks the subcommands"
  # The page installed is the one the installed binary's table gives.
  gzip -dc "$P/share/man/man1/kbindgen.1.gz" >"$OUT/kbindgen.1" || fail "gzip -d kbindgen.1.gz"
  "$P/bin/kbindgen" --generate-man-page | cmp -s - "$OUT/kbindgen.1" ||
    fail "the installed man page differs from --generate-man-page"
  MANWIDTH=80 man -P cat -l "$P/share/man/man1/kbindgen.1.gz" >"$OUT/man.txt" 2>"$OUT/man.err" ||
    { cat "$OUT/man.err" >&2; fail "man -l failed"; }
  grep -q 'KBINDGEN EXPLAIN' "$OUT/man.txt" || fail "man: no section for explain"
  grep -q -- '--opaque-type' "$OUT/man.txt" || fail "man: no --opaque-type"
  groff -man -Tutf8 -ww -z "$OUT/kbindgen.1" 2>"$OUT/groff.log" || fail "groff failed"
  [ ! -s "$OUT/groff.log" ] || { cat "$OUT/groff.log" >&2; fail "groff warnings"; }
  # Each completion file loads in its shell; the bash one completes.
  bash -n "$P/share/bash-completion/completions/kbindgen" || fail "bash -n"
  bash -c '. "$1"; COMP_WORDS=(kbindgen lay); COMP_CWORD=1; _kbindgen; printf "%s\n" "${COMPREPLY[@]}"' \
    sh "$P/share/bash-completion/completions/kbindgen" | grep -qx layout || fail "bash: no layout"
  command -v zsh >/dev/null || fail "zsh is missing (scripts/install-deps.sh installs it)"
  zsh -n "$P/share/zsh/site-functions/_kbindgen" || fail "zsh -n"
  for line in 'kbindgen lay:layout' 'kbindgen --opaque-t:--opaque-type'; do
    : >"$OUT/zsh.txt"
    zsh -f "$(dirname "$0")/zsh-complete.zsh" "$P/share/zsh/site-functions" "$OUT/zsh.txt" \
      "${line%%:*}" || fail "zsh-complete.zsh"
    grep -qx -- "${line#*:}" "$OUT/zsh.txt" || fail "zsh: '${line%%:*}' does not offer ${line#*:}"
  done
  command -v fish >/dev/null || fail "fish is missing (scripts/install-deps.sh installs it)"
  fish -n "$P/share/fish/vendor_completions.d/kbindgen.fish" || fail "fish -n"
  fish --no-config -c 'source $argv[1]; complete -C "kbindgen lay"; complete -C "kbindgen --opaque-t"' \
    "$P/share/fish/vendor_completions.d/kbindgen.fish" >"$OUT/fish.txt" || fail "fish complete -C"
  grep -q '^layout' "$OUT/fish.txt" || fail "fish: no layout"
  grep -q '^--opaque-type' "$OUT/fish.txt" || fail "fish: no --opaque-type"
  # Uninstalled runs keep working.
  "$BUILD/tools/kbindgen/kbindgen" --version >/dev/null || fail "the build tree's kbindgen"
  ;;
deb)
  cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$OUT/pkg" >"$OUT/cpack.log" 2>&1 ||
    { cat "$OUT/cpack.log" >&2; fail "cpack failed"; }
  deb=$(ls "$OUT"/pkg/kbindgen_*.deb) || fail "no package written"
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "Depends: $depends"
  for pkg in libclang1- libllvm libc6 libstdc++6; do
    echo "$depends" | grep -q "$pkg" || fail "Depends lacks $pkg"
  done
  echo "$depends" | grep -q -- '-dev' && fail "Depends names a -dev package"
  dpkg -x "$deb" "$OUT/root" || fail "dpkg -x failed"
  for f in usr/bin/kbindgen usr/share/man/man1/kbindgen.1.gz usr/share/doc/kbindgen/copyright \
      usr/share/bash-completion/completions/kbindgen usr/share/zsh/vendor-completions/_kbindgen \
      usr/share/fish/vendor_completions.d/kbindgen.fish usr/share/doc/kbindgen/README.md; do
    [ -s "$OUT/root/$f" ] || fail "the package lacks /$f"
  done
  no_run_path "$OUT/root/usr/bin/kbindgen"
  run_installed "$OUT/root/usr/bin/kbindgen"
  # Debian's own checks: no error or warning. The maintainer address is the
  # publisher's to set (-DKBINDGEN_PACKAGE_MAINTAINER), so its tags are off.
  command -v lintian >/dev/null || fail "lintian is missing (scripts/install-deps.sh installs it)"
  lintian --fail-on error,warning --suppress-tags bogus-mail-host,bogus-mail-host-in-debian-changelog \
    "$deb" >"$OUT/lintian.log" 2>&1 || { cat "$OUT/lintian.log" >&2; fail "lintian"; }
  ;;
*)
  echo "unknown case $CASE" >&2
  exit 2
  ;;
esac
exit 0

#!/usr/bin/env bash
# A measurement, not a test (issue 19): the kernel's edit-rebuild loop. On a
# 6.12 tree built by run-kernel-build.sh, for each generator (kbindgen, and
# Debian's bindgen 0.60.1 through bindgen-0.60.1-shim.sh), the wall time of
# the `make` that rebuilds rust/, the Rust samples and the Rust PHY driver
# after each of these edits of include/linux/phy.h:
#   noop    nothing changed
#   comment a comment
#   inline  the body of a static inline function (phy_is_started)
#   macro   a new function-like #define nobody uses
#   const   a new object-like integer #define nobody uses (a new constant in
#           the bindings: both generators bind it, so Rust must rebuild)
#   field   a new field in struct phy_device, which Rust uses (everything
#           must rebuild, and the field must reach the bindings)
# and which outputs and objects each make rewrote. Each edit is undone and
# the tree rebuilt (not measured) before the next.
#
# Each generator is measured with two rust/Makefiles: `stock` (6.12's, whose
# `sed -Ei` post-processing rewrites two of the three generated files after
# every generator run, changed or not) and `keep` (keep-unchanged-bindings.py:
# a generated file is replaced only when its bytes change).
#
# Usage: measure-loop.sh KBINDGEN [WORK_DIR]   (default ./measure-loop)
# KBINDGEN_LOOP_TREE=DIR reuses a tree run-kernel-build.sh built (any mode);
# else one is built first (mode kernel, in WORK_DIR/build).
# KBINDGEN_MEASURE_GENERATORS="kbindgen shim" and KBINDGEN_LOOP_KBUILD="stock
# keep" (the defaults) choose the runs; the tree is shared, so each switch of
# generator or Makefile costs one unmeasured rebuild.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../kernel/lib.sh"
[ $# -ge 1 ] || { echo "usage: measure-loop.sh KBINDGEN [WORK_DIR]" >&2; exit 2; }
kbindgen=$(realpath "$1")
work=${2:-$PWD/measure-loop}
mkdir -p "$work"
work=$(cd "$work" && pwd)

tree=${KBINDGEN_LOOP_TREE:-}
if [ -z "$tree" ]; then
  KBINDGEN_KERNEL_BUILD_WORK=$work/build "$here/run-kernel-build.sh" "$kbindgen" kernel
  tree=$work/build/linux
fi
tree=$(cd "$tree" && pwd)
header=$tree/include/linux/phy.h
pristine=$work/phy.h.pristine
[ -f "$pristine" ] || cp -p "$header" "$pristine"
stock_makefile=$work/Makefile.stock
[ -f "$stock_makefile" ] || cp -p "$tree/rust/Makefile" "$stock_makefile"

# What a Rust-side rebuild touches, in build order.
watched=(rust/bindings/bindings_generated.rs rust/bindings/bindings_helpers_generated.rs
  rust/uapi/uapi_generated.rs rust/bindings.o rust/uapi.o rust/kernel.o
  samples/rust/rust_minimal.o samples/rust/rust_print.o drivers/net/phy/ax88796b_rust.o)

# Each generator runs through a wrapper of a fixed path that counts its runs,
# so that the command line Kbuild records stays the same within a generator.
wrapper() {
  local name=$1 exe=$2 file=$work/gen-$1.sh
  cat >"$file" <<WRAP
#!/usr/bin/env bash
# Logs the output each run writes (or "probe", for the libclang version probe).
if [ "\${1:-}" != --version ]; then
  printf '%s\\n' "\$*" | grep -o -- '-o [^ ]*' >>"$work/runs-$name" || echo probe >>"$work/runs-$name"
fi
exec "$exe" "\$@"
WRAP
  chmod +x "$file"
  echo "$file"
}

kmake() {
  make -C "$tree" LLVM="$KERNEL_LLVM" RUSTC=/usr/bin/rustc BINDGEN="$bindgen" \
    RUST_LIB_SRC=/usr/lib/rustlib/src/rust/library -j"$JOBS" \
    samples/rust/ drivers/net/phy/ax88796b_rust.o
}

settle() {
  kmake >"$work/settle.log" 2>&1 || {
    tail -30 "$work/settle.log" >&2
    echo "measure-loop: the tree does not build with $generator" >&2
    exit 1
  }
}

# The edits start from the pristine header (sed gives it a new date); undo
# puts the pristine one back with its old date, so that outputs generated
# from it count as newer again.
edit() {
  [ "$1" = noop ] && return
  cp "$pristine" "$header"
  case $1 in
  comment) sed -i '12a /* kbindgen measure-loop: a comment */' "$header" ;;
  inline) sed -i 's/^\treturn phydev->state >= PHY_UP;$/\treturn phydev->state >= PHY_UP || 0;/' "$header" ;;
  macro) sed -i '12a #define KBINDGEN_LOOP_UNUSED(x) ((x) + 1)' "$header" ;;
  const) sed -i '12a #define KBINDGEN_LOOP_UNUSED_CONST 42' "$header" ;;
  field) sed -i 's/^\tstruct mdio_device mdio;$/&\n\tint kbindgen_loop_field;/' "$header" ;;
  esac
  ! cmp -s "$pristine" "$header" || { echo "measure-loop: edit $1 changed nothing" >&2; exit 1; }
}

# measure GENERATOR EDIT: one line of the table.
measure() {
  local name=$1 what=$2 start seconds rebuilt runs file
  edit "$what"
  : >"$work/runs-$name"
  touch "$work/marker"
  sleep 1 # make's and the marker's clocks: a whole second apart
  start=$(now_s)
  kmake >"$work/$name-$what.log" 2>&1 || {
    tail -30 "$work/$name-$what.log" >&2
    echo "measure-loop: make failed after edit $what with $name" >&2
    exit 1
  }
  seconds=$(elapsed "$start")
  rebuilt=()
  for file in "${watched[@]}"; do
    [ "$tree/$file" -nt "$work/marker" ] && rebuilt+=("$(basename "$file")")
  done
  runs=$(grep -c -v probe "$work/runs-$name" || true)
  printf '%-9s %-6s %-8s %8s s  %s generator run(s)  rewrote: %s\n' "$name" "$kbuild" "$what" "$seconds" \
    "$runs" "${rebuilt[*]:-nothing}" | tee -a "$work/table.txt"
  if [ "$what" = field ]; then
    grep -q kbindgen_loop_field "$tree/rust/bindings/bindings_generated.rs" ||
      echo "measure-loop: the new field is not in the bindings ($name)" | tee -a "$work/table.txt"
  fi
  # Undo; where the outputs changed, regenerate them from the old header.
  cp -p "$pristine" "$header"
  if [ ${#rebuilt[@]} -gt 0 ]; then
    touch "$header"
    settle
  fi
}

: >"$work/table.txt"
for generator in ${KBINDGEN_MEASURE_GENERATORS:-kbindgen shim}; do
  exe=$kbindgen
  [ "$generator" = shim ] && exe=$here/bindgen-0.60.1-shim.sh
  bindgen=$(wrapper "$generator" "$exe")
  for kbuild in ${KBINDGEN_LOOP_KBUILD:-stock keep}; do
    cp -p "$stock_makefile" "$tree/rust/Makefile"
    if [ "$kbuild" = keep ]; then
      "$here/keep-unchanged-bindings.py" "$tree"
    fi
    cp -p "$pristine" "$header"
    settle # a switch of generator or Makefile: a new command line
    for what in noop comment inline macro const field; do
      measure "$generator" "$what"
    done
  done
done
cp -p "$stock_makefile" "$tree/rust/Makefile"
echo "measure-loop: table in $work/table.txt (tree $tree, -j$JOBS)"

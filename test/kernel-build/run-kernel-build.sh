#!/usr/bin/env bash
# The kernel build test of issue 8: the kernel's own Rust code (core, the
# bindings, uapi, the kernel crate, the Rust samples and the ax88796b Rust PHY
# driver) built by Kbuild with kbindgen as BINDGEN, from a fresh extraction of
# Debian's linux-source-6.12, the architecture's defconfig plus Rust, clang 19
# (LLVM=-19; clang cross-compiles, rustc builds core for the target from
# rust-web-src).
#
# Usage: run-kernel-build.sh KBINDGEN [MODE [ARCH]]
#   MODE kernel (default): the tree as Debian ships it.
#   MODE bare: first removes every --opaque-type line of rust/bindgen_parameters
#     and every RUST_CONST_HELPER_ line of rust/bindings/bindings_helper.h, with
#     the `--blocklist-item ARCH_SLAB_MINALIGN` line whose only purpose (its
#     comment says) is to make room for the helper constant of that name.
#   MODE newer: first applies what kernels after 6.12 pass to bindgen, where
#     6.12 has the items (issue 16): --rust-target 1.85, -fms-extensions,
#     --newtype-enum lru_status with its #[cfi_encoding] attribute, the 25
#     --blocklist-item VM_* lines (VM_MAYEXEC twice) and ARCH_KMALLOC_MINALIGN
#     with their RUST_CONST_HELPER_ constants, XA_* helpers with initialisers
#     over several lines; rust_minimal.rs then uses each from Rust.
#   ARCH x86_64 (default): x86_64_defconfig plus the scripts/config line of
#     issue 8; builds the four objects below.
#   ARCH arm64, riscv, loongarch, um (x86_64_defconfig; issue 16): defconfig
#     merged with rust-arch.config; also builds the other in-tree Rust drivers
#     of 6.12 that the architecture's config can take (arch_objects below).
# MODE and ARCH may also come from KBINDGEN_KERNEL_BUILD_MODE and _ARCH.
# Environment: KBINDGEN_KERNEL_BUILD_WORK (where the tree is extracted and the
# logs go; default ./kernel-build-MODE), KBINDGEN_KERNEL_TARBALL,
# KBINDGEN_KERNEL_LLVM (default -19), KBINDGEN_KERNEL_JOBS (default 2).
# Prints a summary (objects, wall times of prepare and of each kbindgen run);
# exits non-zero unless every object of the architecture is built with no error.
source "$(dirname "${BASH_SOURCE[0]}")/../kernel/lib.sh"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { printf '[kernel-build] %s\n' "$*" >&2; }
die() {
  printf '[kernel-build] FAIL: %s\n' "$*" >&2
  exit 1
}

[ $# -ge 1 ] && [ $# -le 3 ] ||
  die "usage: run-kernel-build.sh KBINDGEN [kernel|bare|newer [x86_64|arm64|riscv|loongarch|um]]"
[ -x "$1" ] || die "not an executable: $1"
kbindgen=$(realpath "$1")
mode=${2:-${KBINDGEN_KERNEL_BUILD_MODE:-kernel}}
case $mode in kernel | bare | newer) ;; *) die "unknown mode '$mode' (kernel, bare or newer)" ;; esac
arch=${3:-${KBINDGEN_KERNEL_BUILD_ARCH:-x86_64}}
objects=(rust/kernel.o samples/rust/rust_minimal.o samples/rust/rust_print.o
  drivers/net/phy/ax88796b_rust.o)
# The other in-tree Rust drivers of 6.12, each with the option that builds it.
declare -A option_of=([drivers/net/phy/qt2025.o]=AMCC_QT2025_PHY
  [drivers/block/rnull.o]=BLK_DEV_RUST_NULL
  [drivers/gpu/drm/drm_panic_qr.o]=DRM_PANIC_SCREEN_QR_CODE)
case $arch in
  x86_64) arch_vars=() defconfig=x86_64_defconfig arch_objects=() ;;
  arm64 | riscv | loongarch | um)
    arch_vars=(ARCH="$arch") defconfig=defconfig
    # UML on x86_64: SUBARCH is x86 (scripts/Makefile.clang knows no x86_64)
    # and arch/um/configs/x86_64_defconfig sets 64BIT.
    [ "$arch" != um ] || arch_vars+=(SUBARCH=x86) defconfig=x86_64_defconfig
    arch_objects=(drivers/net/phy/qt2025.o drivers/block/rnull.o
      drivers/gpu/drm/drm_panic_qr.o)
    ;;
  *) die "unknown architecture '$arch' (x86_64, arm64, riscv, loongarch or um)" ;;
esac
objects+=("${arch_objects[@]}")
# rust-arch.config, then rust-arch-ARCH.config if there is one (it may only
# add options: every line of each is checked after olddefconfig).
config_fragments=("$here/rust-arch.config")
[ ! -f "$here/rust-arch-$arch.config" ] || config_fragments+=("$here/rust-arch-$arch.config")
suffix=$mode
[ "$arch" = x86_64 ] || suffix=$mode-$arch

work=${KBINDGEN_KERNEL_BUILD_WORK:-$PWD/kernel-build-$suffix}
mkdir -p "$work"
work=$(cd "$work" && pwd)
tree=$work/linux
times_log=$work/kbindgen-times.tsv
summary=$work/summary.txt
declare -A phase_time
failure=

# Kbuild's cc-option probes compile /dev/null: if something replaced the device
# with a file, compiler flags silently go missing and C files fail to build.
[ -c /dev/null ] || die "/dev/null is not a character device (something replaced it)"

"$here/../../scripts/install-deps.sh" linux-source-6.12 "clang${KERNEL_LLVM}" \
  "lld${KERNEL_LLVM}" "llvm${KERNEL_LLVM}" rustc-web rust-web-src make bc flex bison \
  libelf-dev libssl-dev cpio xz-utils python3 ||
  die "cannot install the packages the kernel build needs"
[ -f "$KERNEL_TARBALL" ] || die "no kernel tarball $KERNEL_TARBALL"

# The kernel's own make variables; /usr/bin/rustc whatever is first on PATH.
bindgen=$here/timed-bindgen.sh
export KBINDGEN_REAL=$kbindgen KBINDGEN_TIMES_LOG=$times_log
kmake=(make -C "$tree" "${arch_vars[@]}" LLVM="$KERNEL_LLVM" RUSTC=/usr/bin/rustc
  BINDGEN="$bindgen" RUST_LIB_SRC=/usr/lib/rustlib/src/rust/library)

# timed NAME LOG COMMAND...: runs COMMAND into LOG, records its wall time.
timed() {
  local name=$1 logfile=$2 start status
  shift 2
  start=$(now_s)
  "$@" >"$logfile" 2>&1
  status=$?
  phase_time[$name]=$(elapsed "$start")
  log "$name: ${phase_time[$name]} s (exit $status, log $logfile)"
  if [ $status -ne 0 ]; then
    tail -40 "$logfile" >&2
  fi
  return $status
}

extract() {
  rm -rf "$tree" "$tree.tmp"
  mkdir -p "$tree.tmp"
  tar -xJf "$KERNEL_TARBALL" -C "$tree.tmp" --strip-components=1 &&
    mv "$tree.tmp" "$tree"
}

# Mode bare: the kernel's workarounds for bindgen removed before building.
strip_workarounds() {
  local params=$tree/rust/bindgen_parameters
  local helper=$tree/rust/bindings/bindings_helper.h
  sed -i -e '/^--opaque-type/d' -e '/^--blocklist-item ARCH_SLAB_MINALIGN$/d' "$params"
  sed -i '/RUST_CONST_HELPER_/d' "$helper"
  ! grep -q -e '--opaque-type' -e 'ARCH_SLAB_MINALIGN' "$params" &&
    ! grep -q RUST_CONST_HELPER_ "$helper"
}

# Mode newer: the bindgen interface of kernels after 6.12, on 6.12's items.
newer_vm_flags=(VM_READ VM_WRITE VM_EXEC VM_SHARED VM_MAYREAD VM_MAYWRITE
  VM_MAYEXEC VM_MAYEXEC VM_MAYSHARE VM_PFNMAP VM_IO VM_DONTCOPY VM_DONTEXPAND
  VM_LOCKONFAULT VM_ACCOUNT VM_NORESERVE VM_HUGETLB VM_SYNC VM_WIPEONFORK
  VM_DONTDUMP VM_SOFTDIRTY VM_MIXEDMAP VM_HUGEPAGE VM_NOHUGEPAGE VM_LOCKED)
apply_newer_interface() {
  local params=$tree/rust/bindgen_parameters
  local helper=$tree/rust/bindings/bindings_helper.h
  local makefile=$tree/rust/Makefile flag
  sed -i 's/--rust-target 1\.68/--rust-target 1.85/' "$makefile" &&
    grep -q -- '--rust-target 1.85' "$makefile" || return 1
  sed -i 's/^bindgen_c_flags_final = .*$/& -fms-extensions -Wno-microsoft-anon-tag/' "$makefile" &&
    grep -q '^bindgen_c_flags_final = .*-fms-extensions' "$makefile" || return 1
  {
    echo "--newtype-enum lru_status"
    echo "--with-attribute-custom-enum=lru_status='#[cfi_encoding=\"10lru_status\"]'"
    echo "--blocklist-item ARCH_KMALLOC_MINALIGN"
    for flag in "${newer_vm_flags[@]}"; do echo "--blocklist-item $flag"; done
  } >>"$params"
  [ "$(grep -c '^--blocklist-item VM_' "$params")" -eq 25 ] || return 1
  {
    echo "#include <linux/list_lru.h>"
    echo "#include <linux/mm.h>"
    echo "#include <linux/xarray.h>"
    echo "const size_t RUST_CONST_HELPER_ARCH_KMALLOC_MINALIGN = ARCH_KMALLOC_MINALIGN;"
    for flag in $(printf '%s\n' "${newer_vm_flags[@]}" | sort -u); do
      echo "const vm_flags_t RUST_CONST_HELPER_$flag = $flag;"
    done
    # Initialisers over several lines, as newer kernels write some.
    printf 'const gfp_t RUST_CONST_HELPER_XA_FLAGS_ALLOC =\n\tXA_FLAGS_ALLOC;\n'
    printf 'const gfp_t RUST_CONST_HELPER_XA_FLAGS_ALLOC1 =\n\tXA_FLAGS_TRACK_FREE |\n\tXA_FLAGS_ZERO_BUSY;\n'
    printf 'const xa_mark_t RUST_CONST_HELPER_XA_PRESENT =\n\tXA_PRESENT;\n'
  } >>"$helper"
  # #[cfi_encoding] is unstable; the kernel builds rust/ with RUSTC_BOOTSTRAP.
  # Both crates: uapi reads the same bindgen_parameters.
  local crate
  for crate in bindings uapi; do
    sed -i 's/^#!\[no_std\]$/&\n#![feature(cfi_encoding)]/' "$tree/rust/$crate/lib.rs" &&
      grep -q 'feature(cfi_encoding)' "$tree/rust/$crate/lib.rs" || return 1
  done
  # The Rust side relies on each: a newtype's associated constant, the helper
  # constants under their C names and types.
  cat >>"$tree/samples/rust/rust_minimal.rs" <<'RUST'

// kbindgen kernel-build mode newer: the items newer kernels' Rust code uses.
const _: kernel::bindings::lru_status = kernel::bindings::lru_status::LRU_SKIP;
const _: kernel::bindings::vm_flags_t =
    kernel::bindings::VM_READ | kernel::bindings::VM_MAYEXEC | kernel::bindings::VM_LOCKED;
const _: usize = kernel::bindings::ARCH_KMALLOC_MINALIGN;
const _: kernel::bindings::gfp_t =
    kernel::bindings::XA_FLAGS_ALLOC | kernel::bindings::XA_FLAGS_ALLOC1;
const _: kernel::bindings::xa_mark_t = kernel::bindings::XA_PRESENT;
RUST
}

configure() {
  "${kmake[@]}" "$defconfig" || return 1
  "${kmake[@]}" rustavailable | tee "$work/rustavailable.txt"
  grep -q '^Rust is available!' "$work/rustavailable.txt" || {
    echo "make rustavailable did not print 'Rust is available!'"
    return 1
  }
  [ "$arch" = x86_64 ] || {
    configure_from_fragment
    return
  }
  "$tree/scripts/config" --file "$tree/.config" --enable RUST --enable SAMPLES \
    --enable SAMPLES_RUST --enable SAMPLE_RUST_MINIMAL --enable SAMPLE_RUST_PRINT \
    --enable PHYLIB --enable RUST_PHYLIB_ABSTRACTIONS --enable AX88796B_PHY \
    --enable AX88796B_RUST_PHY --disable MODVERSIONS --disable DEBUG_INFO_BTF &&
    "${kmake[@]}" olddefconfig || return 1
  # Kconfig drops CONFIG_RUST silently when one of its checks fails.
  local option
  for option in RUST SAMPLE_RUST_MINIMAL SAMPLE_RUST_PRINT AX88796B_RUST_PHY; do
    grep -qx "CONFIG_$option=y" "$tree/.config" || {
      echo "CONFIG_$option=y is not in .config after olddefconfig"
      return 1
    }
  done
}

# The other architectures: defconfig merged with the fragments; every option
# they set must have that value after olddefconfig.
configure_from_fragment() {
  "$tree/scripts/kconfig/merge_config.sh" -m -O "$tree" "$tree/.config" \
    "${config_fragments[@]}" && "${kmake[@]}" olddefconfig || return 1
  local line option object dropped=0
  while read -r line; do
    if [[ $line =~ ^CONFIG_[A-Z0-9_]+=[ym]$ ]]; then
      grep -qx "$line" "$tree/.config" || {
        echo "$line is not in .config after olddefconfig"
        dropped=1
      }
    elif [[ $line =~ ^#\ (CONFIG_[A-Z0-9_]+)\ is\ not\ set$ ]]; then
      option=${BASH_REMATCH[1]}
      ! grep -q "^$option=" "$tree/.config" || {
        echo "$option is set in .config after olddefconfig"
        dropped=1
      }
    fi
  done < <(cat "${config_fragments[@]}")
  # Each driver object needs its option, whatever the fragment says.
  for object in "${arch_objects[@]}"; do
    grep -qE "^CONFIG_${option_of[$object]}=[ym]$" "$tree/.config" || {
      echo "CONFIG_${option_of[$object]} (for $object) is not set after olddefconfig"
      dropped=1
    }
  done
  [ $dropped = 0 ]
}

# Kbuild reports compiler errors (rustc's `error[E...]`, clang's `error:`) in
# its log even when make's status is lost; either one fails the phase.
no_errors_in() { ! grep -nE '^error|: error:|\*\*\* \[.*\] Error' "$1" | head -20 | grep .; }

run() {
  timed extract "$work/extract.log" extract || {
    failure="extraction"
    return
  }
  if [ "$mode" = bare ]; then
    strip_workarounds || {
      failure="removing the workarounds"
      return
    }
  fi
  if [ "$mode" = newer ]; then
    apply_newer_interface || {
      failure="applying the newer kernels' bindgen interface"
      return
    }
  fi
  rm -f "$times_log"
  timed configure "$work/configure.log" configure || {
    failure="configuration"
    return
  }
  timed prepare "$work/prepare.log" "${kmake[@]}" -j"$JOBS" prepare &&
    no_errors_in "$work/prepare.log" || {
    failure="make prepare"
    return
  }
  local targets=(samples/rust/ drivers/net/phy/ax88796b_rust.o "${arch_objects[@]}")
  [ "$arch" = x86_64 ] || targets=(rust/ "${targets[@]}")
  timed build "$work/build.log" "${kmake[@]}" -j"$JOBS" "${targets[@]}" &&
    no_errors_in "$work/build.log" || {
    failure="make ${targets[*]}"
    return
  }
}

print_summary() {
  local object output seconds status
  echo "kernel build with BINDGEN=$(basename "$kbindgen"), mode $mode, ARCH=$arch ($kbindgen)"
  echo "  tree: $tree (linux-source-6.12, ${arch_vars[*]:+${arch_vars[*]} }LLVM=$KERNEL_LLVM, -j$JOBS)"
  for phase in extract configure prepare build; do
    printf '  %-10s %s\n' "$phase" "${phase_time[$phase]:-not run}${phase_time[$phase]:+ s}"
  done
  echo "  kbindgen invocations (inside prepare):"
  if [ -s "$times_log" ]; then
    while IFS=$'\t' read -r output seconds status; do
      printf '    %-45s %7s s  exit %s\n' "$output" "$seconds" "$status"
    done <"$times_log"
  else
    echo "    none"
  fi
  echo "  objects:"
  for object in "${objects[@]}"; do
    if [ -f "$tree/$object" ]; then
      printf '    %-35s built (%s bytes)\n' "$object" "$(stat -c %s "$tree/$object")"
    else
      printf '    %-35s MISSING\n' "$object"
    fi
  done
}

run
missing=()
for object in "${objects[@]}"; do
  [ -f "$tree/$object" ] || missing+=("$object")
done
if [ -z "$failure" ] && [ -s "$times_log" ]; then
  # The three generated files, each by one successful kbindgen run.
  [ "$(awk -F'\t' '$3 == 0' "$times_log" | wc -l)" -ge 3 ] &&
    ! awk -F'\t' '$3 != 0' "$times_log" | grep -q . ||
    failure="kbindgen did not run successfully three times"
elif [ -z "$failure" ]; then
  failure="kbindgen never ran"
fi
print_summary | tee "$summary" >&2
[ -z "$failure" ] || die "mode $mode, ARCH=$arch: $failure failed (logs in $work)"
[ ${#missing[@]} -eq 0 ] || die "mode $mode, ARCH=$arch: not built: ${missing[*]}"
log "mode $mode, ARCH=$arch: passed"

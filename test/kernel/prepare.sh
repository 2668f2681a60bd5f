#!/usr/bin/env bash
# Step 1 of the kernel acceptance test (issue 3): make sure the tools are
# installed, extract Debian's linux-source-6.12 into the cache directory and run
# `make LLVM=-19 x86_64_defconfig prepare` there. A stamp file makes later runs
# reuse the prepared tree; delete the cache directory to start afresh.
#
# Usage: prepare.sh            (environment: see lib.sh)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Packages the test needs, with the command or file that shows each is there.
# bindgen and libclang1-14 are only for the oracle run of step 7 (compare.sh).
required_packages() {
  local llvm_ver=${KERNEL_LLVM#-}
  cat <<LIST
linux-source-6.12 $KERNEL_TARBALL
clang-$llvm_ver /usr/bin/clang$KERNEL_LLVM
lld-$llvm_ver /usr/bin/ld.lld$KERNEL_LLVM
llvm-$llvm_ver /usr/bin/llvm-ar$KERNEL_LLVM
make /usr/bin/make
bc /usr/bin/bc
flex /usr/bin/flex
bison /usr/bin/bison
libelf-dev /usr/include/libelf.h
libssl-dev /usr/include/openssl/ssl.h
python3 /usr/bin/python3
xz-utils /usr/bin/xz
bindgen /usr/bin/bindgen
libclang1-14 /usr/lib/llvm-14/lib/libclang.so.1
LIST
  # Unless RUSTC names another, Debian's rustc and the `core` sources
  # (RUST_LIB_SRC) that the kernel's build and rust_is_available.sh use.
  if [ -z "${RUSTC:-}" ]; then
    echo "rustc-web /usr/bin/rustc"
    echo "rust-web-src /usr/lib/rustlib/src/rust/library/core/src/lib.rs"
  fi
}

install_missing_packages() {
  local missing=() pkg path
  while read -r pkg path; do
    [ -e "$path" ] || missing+=("$pkg")
  done < <(required_packages)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing missing packages: ${missing[*]}"
  command -v apt-get >/dev/null || die "packages missing and no apt-get: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends "${missing[@]}"
}

# What the stamp records: a prepared tree is reused only for the same tarball,
# toolchain and recipe. Bump the recipe number when the steps below change.
stamp_contents() {
  local llvm_ver
  llvm_ver=$("clang$KERNEL_LLVM" --version | head -1)
  printf 'recipe 1\ntarball %s %s\nclang %s\nrustc %s\n' "$KERNEL_TARBALL" \
    "$(stat -c '%s %Y' "$KERNEL_TARBALL")" "$llvm_ver" "$("$(pick_rustc)" --version)"
}

main() {
  install_missing_packages
  # One test at a time prepares or reads the shared cache tree.
  mkdir -p "$(dirname "$KERNEL_CACHE")"
  exec 9>"$KERNEL_CACHE.lock"
  flock 9
  local stamp="$KERNEL_CACHE/.kbindgen-prepared"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(stamp_contents)" ]; then
    log "reusing prepared kernel tree $KERNEL_CACHE"
    record_time prepare_reused 0
    return 0
  fi

  local start
  start=$(now_s)
  log "extracting $KERNEL_TARBALL into $KERNEL_CACHE"
  rm -rf "$KERNEL_CACHE" "$KERNEL_CACHE.tmp"
  mkdir -p "$KERNEL_CACHE.tmp"
  tar -xJf "$KERNEL_TARBALL" -C "$KERNEL_CACHE.tmp" --strip-components=1
  mv "$KERNEL_CACHE.tmp" "$KERNEL_CACHE"
  record_time prepare_extract "$(elapsed "$start")"

  start=$(now_s)
  log "make LLVM=$KERNEL_LLVM x86_64_defconfig prepare"
  local make_log="$KERNEL_CACHE/.kbindgen-prepare.log"
  # Kconfig records the rustc version; flags.sh passes the same RUSTC, so that
  # its make does not reconfigure the tree.
  local make_args=(-C "$KERNEL_CACHE" -s LLVM="$KERNEL_LLVM" RUSTC="$(pick_rustc)")
  if ! make "${make_args[@]}" x86_64_defconfig >"$make_log" 2>&1 ||
    ! make "${make_args[@]}" -j"$JOBS" prepare >>"$make_log" 2>&1; then
    tail -30 "$make_log" >&2
    die "kernel configuration or 'make prepare' failed (log: $make_log)"
  fi
  record_time prepare_make "$(elapsed "$start")"
  stamp_contents >"$stamp"
  log "kernel tree prepared"
}

main "$@"

#!/usr/bin/env bash
# Step 2 of the kernel acceptance test (issue 3): let the kernel's own make
# compute the three bindgen command lines of rust/Makefile, for the generator
# BINDGEN (its libclang version decides one flag), and save them in RECORD_DIR:
#   <output>.args   the generator's arguments, one per line, exactly as make and
#                   the shell passed them (bindgen_parameters, C flags, -o, ...)
#   <output>.post   the shell command rust/Makefile runs after the generator
#                   (its sed post-processing), empty when there is none
#   cflags.txt      the clang arguments of bindings_generated.rs (after `--`)
#   kbuild_rustflags.args, rust_common_flags.args   the kernel's Rust flags,
#                   for the harness
#
# Usage: flags.sh BINDGEN RECORD_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 2 ] || die "usage: flags.sh BINDGEN RECORD_DIR"
bindgen=$1
record_dir=$2
rm -rf "$record_dir"
mkdir -p "$record_dir"
record_dir=$(cd "$record_dir" && pwd)

outputs=(rust/bindings/bindings_generated.rs rust/uapi/uapi_generated.rs
  rust/bindings/bindings_helpers_generated.rs)

# The savedcmd that Kbuild's fixdep wrote for OUTPUT, with make's escapes ($$,
# $(pound)) undone: the exact shell command make ran.
saved_command() {
  local cmd_file
  cmd_file="$(dirname "$1")/.$(basename "$1").cmd"
  [ -f "$cmd_file" ] || die "make wrote no $KERNEL_CACHE/$cmd_file"
  sed -n "s|^savedcmd_$1 := ||p" "$cmd_file" |
    sed -e 's/\$(pound)/#/g' -e 's/\$\$/$/g'
}

main() {
  cd "$KERNEL_CACHE"
  # One make at a time in the shared cache tree.
  exec 9>"$KERNEL_CACHE.lock"
  flock 9
  local log="$record_dir/make.log"
  if ! KBINDGEN_RECORD_REAL=$bindgen KBINDGEN_RECORD_DIR=$record_dir \
    make --no-print-directory -f Makefile -f "$KTEST_DIR/kernel-record.mk" \
    LLVM="$KERNEL_LLVM" RUSTC="$(pick_rustc)" \
    KBINDGEN_RECORDER="$KTEST_DIR/record-bindgen.sh" \
    KBINDGEN_RECORD_DIR="$record_dir" kbindgen-record >"$log" 2>&1; then
    cat "$log" >&2
    die "the kernel's make did not run its bindgen rules (log: $log)"
  fi

  local output name cmd
  for output in "${outputs[@]}"; do
    name=$(basename "$output" .rs)
    [ -s "$record_dir/$name.args" ] || die "make did not run BINDGEN for $output"
    cmd=$(saved_command "$output")
    # cmd_bindgen is `$(BINDGEN) ... $(bindgen_target_extra)`, where the extra
    # part, when present, starts with `;`.
    if [[ $cmd == *" ; "* ]]; then
      printf '%s\n' "${cmd#* ; }" >"$record_dir/$name.post"
    else
      : >"$record_dir/$name.post"
    fi
    # Leave the cache tree as prepare.sh made it.
    rm -f "$output" "$(dirname "$output")/.$(basename "$output").cmd"
  done
  sed '1,/^--$/d' "$record_dir/bindings_generated.args" >"$record_dir/cflags.txt"
  log "recorded $(wc -l <"$record_dir/cflags.txt") C flags of the kernel's bindgen run"
}

main "$@"

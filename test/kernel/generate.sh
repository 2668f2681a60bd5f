#!/usr/bin/env bash
# Step 3 (and the regenerations of steps 5-7) of the kernel acceptance test:
# run GENERATOR with the command lines recorded by flags.sh, from the kernel
# tree as Kbuild does, then run rust/Makefile's post-processing (its sed) on
# the output. Outputs go to OUT_DIR/rust/..., the layout of the kernel's
# objtree, so that the kernel's lib.rs files find them through OBJTREE=OUT_DIR.
#
# Usage: generate.sh GENERATOR RECORD_DIR OUT_DIR VARIANT
# VARIANT:
#   kernel    the recorded command lines unchanged (step 3)
#   layout    without --no-layout-tests, and with --rust-target 1.82 (step 5)
#   noopaque  as layout, and without any --opaque-type of bindgen_parameters
#             (step 6)
#   oracle    --rust-target 1.47, for Debian's bindgen 0.60.1, which knows no
#             newer target, and the clang arguments changed as
#             oracle-clang-args.txt says, for its libclang 14 (step 7)
#   syntax    not a generator: `clang -fsyntax-only` on the same input with the
#             same clang arguments, the floor the generation times are set against
# Times go to $WORK_DIR/timings.tsv as gen_<VARIANT>_<output>.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 4 ] || die "usage: generate.sh GENERATOR RECORD_DIR OUT_DIR VARIANT"
generator=$1
record_dir=$(cd "$2" && pwd)
mkdir -p "$3"
out_dir=$(cd "$3" && pwd)
variant=$4
case $variant in
kernel | layout | noopaque | oracle | syntax) ;;
*) die "unknown variant $variant" ;;
esac

# Why 1.82 for the layout runs: a generator may prove layouts only with what
# the target allows. At 1.68 bindgen emits its layout tests as #[test]
# functions computing offsets with pointer arithmetic at run time; from 1.77
# on, `core::mem::offset_of!` lets every size/align/offset assertion be a
# constant that rustc checks while compiling the crate. 1.82 is kbindgen's
# default target (it also has `unsafe extern` blocks) and older than the rustc.
layout_rust_target=1.82

rust_target_for_variant() {
  case $variant in
  layout | noopaque) echo "$layout_rust_target" ;;
  oracle) echo 1.47 ;;
  *) echo "$1" ;;
  esac
}

# The recorded arguments of one output, changed as the variant asks; the
# result is in the array `args`.
transform_args() {
  local -a recorded
  mapfile -t recorded <"$1"
  args=()
  local i=0 arg in_clang_args=0
  while [ $i -lt ${#recorded[@]} ]; do
    arg=${recorded[i]}
    if [ $in_clang_args = 0 ]; then
      case $variant:$arg in
      layout:--no-layout-tests | noopaque:--no-layout-tests)
        i=$((i + 1))
        continue
        ;;
      noopaque:--opaque-type)
        i=$((i + 2))
        continue
        ;;
      *:--rust-target)
        args+=("$arg" "$(rust_target_for_variant "${recorded[i + 1]}")")
        i=$((i + 2))
        continue
        ;;
      *:-o)
        args+=(-o "$out_dir/${recorded[i + 1]}")
        i=$((i + 2))
        continue
        ;;
      *:--) in_clang_args=1 ;;
      esac
    fi
    case $arg in
    -Wp,-MMD,*) arg=-Wp,-MMD,$out_dir/${arg#-Wp,-MMD,} ;;
    esac
    if [ $in_clang_args = 1 ] && [ $variant = oracle ] &&
      grep -qxF "drop $arg" "$KTEST_DIR/oracle-clang-args.txt"; then
      i=$((i + 1))
      continue
    fi
    args+=("$arg")
    i=$((i + 1))
  done
  if [ $variant = oracle ]; then
    mapfile -t -O ${#args[@]} args < <(sed -n 's/^add //p' "$KTEST_DIR/oracle-clang-args.txt")
  fi
}

# `clang -fsyntax-only` on the input of one recorded command line, with its
# clang arguments; a header is parsed as a header, as libclang does.
run_syntax_only() {
  local input=${args[0]}
  local -a clang_args=("${args[@]}")
  local i
  for i in "${!clang_args[@]}"; do
    if [ "${clang_args[i]}" = -- ]; then
      clang_args=("${clang_args[@]:i+1}")
      break
    fi
  done
  local -a lang=()
  [[ $input == *.h ]] && lang=(-x c-header)
  "clang$KERNEL_LLVM" -fsyntax-only "${lang[@]}" "$input" "${clang_args[@]}"
}

generate_one() {
  local name=$1 output start status=0
  transform_args "$record_dir/$name.args"
  output=$(sed -n '/^-o$/{n;p;q}' "$record_dir/$name.args")
  mkdir -p "$out_dir/$(dirname "$output")"
  local log="$out_dir/$name.$variant.log"
  (cd "$KERNEL_CACHE" && printf '%q ' "$generator" "${args[@]}" && echo) >"$log.cmd"
  start=$(now_s)
  if [ $variant = syntax ]; then
    (cd "$KERNEL_CACHE" && run_syntax_only) >"$log" 2>&1 || status=$?
  else
    (cd "$KERNEL_CACHE" && "$generator" "${args[@]}") >"$log" 2>&1 || status=$?
  fi
  local seconds
  seconds=$(elapsed "$start")
  record_time "gen_${variant}_$name" "$seconds"
  if [ $status != 0 ]; then
    tail -40 "$log" >&2
    die "$variant: $(basename "$generator") failed on $name (exit $status; log $log, command $log.cmd)"
  fi
  [ $variant = syntax ] && return 0
  [ -s "$out_dir/$output" ] || die "$variant: no output $out_dir/$output"
  # Kbuild's if_changed_dep runs fixdep on the dependency file libclang
  # writes for -Wp,-MMD,FILE; without it the kernel's build stops.
  local depfile
  depfile=$(sed -n 's/^-Wp,-MMD,//p' "$record_dir/$name.args")
  if [ -n "$depfile" ]; then
    grep -qF "${args[0]}" "$out_dir/$depfile" 2>/dev/null ||
      die "$variant: $name: no dependency file $out_dir/$depfile naming ${args[0]} (-Wp,-MMD)"
  fi
  # rust/Makefile's post-processing, on our output path instead of its own.
  local post
  post=$(cat "$record_dir/$name.post")
  if [ -n "$post" ]; then
    post=${post//"$output"/"$out_dir/$output"}
    eval "$post" || die "$variant: post-processing of $name failed: $post"
  fi
  log "$variant: $name in ${seconds}s"
}

for name in bindings_generated uapi_generated bindings_helpers_generated; do
  generate_one "$name"
done

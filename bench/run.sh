#!/usr/bin/env bash
# Runs the whole benchmark with one command: kbindgen against the parse-time
# floor (`clang -fsyntax-only`, same input, flags and LLVM) and Debian's
# bindgen 0.60.1, on the kernel 6.12 headers (bindings_helper.h and
# uapi_helper.h with the kernel's own flags, prepared by test/kernel), on
# synthetic headers of 1k, 10k and 100k declarations, and on Debian library
# headers. bindgen loads libclang at run time: it runs on libclang 19 like
# kbindgen (the same-libclang comparison, where 0.60.1 copes with libclang 19)
# and on libclang 14 (as the kernel used it). Writes a Markdown report
# (medians of --runs alternating rounds, ratios, peak RSS, output sizes,
# kbindgen's phases, rustc --emit=metadata times, scaling) to
# OUT/results.md, and the raw figures to OUT/results.json.
#
#   bench/run.sh [--runs N] [--quick] [--no-kernel] [--out DIR]
#                [--kbindgen PATH] [--scale]
#
# --scale: only the scale figures (bench/scale.py): kbindgen against the
# floor on the synthetic headers, CPU time and peak RSS, per declaration.
#
# --quick: 3 rounds, no 100k input, no bindgen+rustfmt (a smoke run, not
# figures to quote). The machine should be otherwise idle: the report notes
# the load average before and after.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
quick=0
scale=0
kernel=1
kbindgen="$root/build/tools/kbindgen/kbindgen"
work=${KBINDGEN_BENCH_DIR:-$root/build/bench}
command_line="bench/run.sh${*:+ $*}"
while [ $# -gt 0 ]; do
  case "$1" in
  --runs) runs=$2; shift 2 ;;
  --quick) quick=1; runs=3; shift ;;
  --no-kernel) kernel=0; shift ;;
  --out) work=$2; shift 2 ;;
  --kbindgen) kbindgen=$2; shift 2 ;;
  --scale) scale=1; shift ;;
  *) echo "bench/run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$work/inputs"
work=$(cd "$work" && pwd)

if [ "$scale" = 1 ]; then
  if [ "$kbindgen" = "$root/build/tools/kbindgen/kbindgen" ]; then
    ninja -C "$root/build" kbindgen >/dev/null
  fi
  python3 "$root/bench/scale.py" --kbindgen "$kbindgen" --clang clang-19 \
    --work "$work/scale" --runs "$runs" | tee "$work/scale.md"
  echo "bench: report in $work/scale.md" >&2
  exit 0
fi

"$root/scripts/install-deps.sh" bindgen time libclang-14-dev \
  libsqlite3-dev zlib1g-dev libpng-dev libelf-dev libssl-dev
# The default builds are brought up to date (ninja does nothing when they
# are), so that the figures are the checkout's; a binary given with
# --kbindgen is used as it is.
if [ "$kbindgen" = "$root/build/tools/kbindgen/kbindgen" ]; then
  if [ -f "$root/build/build.ninja" ]; then
    ninja -C "$root/build" kbindgen >/dev/null
  else
    "$root/scripts/build.sh"
  fi
fi
[ -x "$kbindgen" ] || { echo "bench/run.sh: no kbindgen at $kbindgen" >&2; exit 2; }
rustc=/usr/bin/rustc
[ -x "$rustc" ] || rustc=$(command -v rustc)

sizes="1000 10000 100000"
[ "$quick" = 1 ] && sizes="1000 10000"
for n in $sizes; do
  python3 "$root/bench/gen-synthetic.py" "$n" >"$work/inputs/synthetic-$n.h"
done

# The kernel: test/kernel prepares the tree (cached) and records the three
# bindgen command lines the kernel's own make computes.
kernel_cache=""
record_dir=""
if [ "$kernel" = 1 ]; then
  export KBINDGEN_KERNEL_WORK="$work/kernel"
  bash "$root/test/kernel/prepare.sh"
  record_dir="$work/kernel/rec"
  bash "$root/test/kernel/flags.sh" "$kbindgen" "$record_dir"
  kernel_cache=${KBINDGEN_KERNEL_CACHE:-$HOME/.cache/kbindgen/linux-6.12}
fi

python3 "$root/bench/inputs.py" --work "$work" --sizes "$sizes" --quick "$quick" \
  --kernel-cache "$kernel_cache" --record-dir "$record_dir" \
  --oracle-args "$root/test/kernel/oracle-clang-args.txt" >"$work/inputs.json"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rustfmt_flag=--with-rustfmt
[ "$quick" = 1 ] && rustfmt_flag=""
python3 "$root/bench/bench.py" --inputs "$work/inputs.json" --kbindgen "$kbindgen" \
  --clang clang-19 --libclang-19 /usr/lib/llvm-19/lib --libclang-14 /usr/lib/llvm-14/lib \
  --bindgen "$(command -v bindgen || true)" $rustfmt_flag --rustc "$rustc" \
  --runs "$runs" --outdir "$work/out" --json "$work/results.json" >"$work/tables.md"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "## kbindgen benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Command: \`$command_line\` ($runs alternating rounds per input; medians)."
  echo "Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, Linux $(uname -r);" \
    "load average before $load_before, after $load_after."
  echo "kbindgen: $("$kbindgen" --version 2>/dev/null | tr '\n' ' ')" \
    "($(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown));" \
    "rustc: $("$rustc" --version); bindgen: $(bindgen --version 2>/dev/null | head -1)."
  echo "floor = clang-19 -fsyntax-only (it parses function bodies; kbindgen and bindgen" \
    "skip them). kbindgen runs on libclang 19; bindgen-19 is bindgen 0.60.1 on" \
    "libclang 19 with the same flags (it panics on the names libclang >= 16 gives" \
    "unnamed nested types: see Failed runs); bindgen-14 is the same bindgen on" \
    "libclang 14, as the kernel used it, with the kernel's flags changed as" \
    "test/kernel/oracle-clang-args.txt says."
  echo
  cat "$work/tables.md"
} >"$work/results.md"
cat "$work/results.md"
echo "bench: report in $work/results.md" >&2

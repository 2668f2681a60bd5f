#!/usr/bin/env bash
# Runs the benchmark: kbindgen against `clang -fsyntax-only` (the floor) and
# Debian's bindgen 0.60.1 on synthetic headers (1k, 10k, 100k declarations)
# and real library headers. Prints a Markdown table of medians. (The kernel's
# headers are timed by the kernel test for now, test/kernel/summary.sh.)
#
#   bench/run.sh [--runs N] [--kbindgen PATH] [--quick]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
kbindgen="$root/build/tools/kbindgen/kbindgen"
quick=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --kbindgen) kbindgen=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    *) echo "bench/run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$kbindgen" ] || "$root/scripts/build.sh"
"$root/scripts/install-deps.sh" bindgen time libsqlite3-dev zlib1g-dev libpng-dev libelf-dev libssl-dev

work=${KBINDGEN_BENCH_DIR:-$root/build/bench}
mkdir -p "$work/inputs"
sizes="1000 10000 100000"
[ "$quick" = 1 ] && sizes="1000 10000"
for n in $sizes; do
  python3 "$root/bench/gen-synthetic.py" "$n" > "$work/inputs/synthetic-$n.h"
done

python3 - "$work" "$sizes" > "$work/inputs.json" <<'PY'
import json, os, sys
work, sizes = sys.argv[1], sys.argv[2].split()
inputs = []
for n in sizes:
    inputs.append({"name": f"synthetic-{n}", "header": f"{work}/inputs/synthetic-{n}.h",
                   "clang_args": [], "bindgen_clang_args": []})
for lib in ["zlib.h", "sqlite3.h", "png.h", "libelf.h", "openssl/ssl.h"]:
    path = f"/usr/include/{lib}"
    if os.path.exists(path):
        inputs.append({"name": lib.replace("/", "_"), "header": path, "clang_args": [],
                       "bindgen_clang_args": []})
json.dump(inputs, sys.stdout, indent=1)
PY

python3 "$root/bench/bench.py" --inputs "$work/inputs.json" --kbindgen "$kbindgen" \
  --bindgen "$(command -v bindgen || true)" --with-rustfmt --runs "$runs" \
  --outdir "$work/out" --json "$work/results.json" | tee "$work/results.md"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"

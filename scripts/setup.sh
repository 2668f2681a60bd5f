#!/usr/bin/env bash
# The first README command: installs what is missing, builds kbindgen and runs
# it on the bundled example header.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build=${KBINDGEN_BUILD_DIR:-$root/build}
out="$build/examples/sensor_bindings.rs"
mkdir -p "$(dirname "$out")"
"$build/tools/kbindgen/kbindgen" "$root/examples/sensor.h" --use-core \
  --emit-ir "$build/examples/sensor_ir.json" -o "$out"
echo "kbindgen: bindings for examples/sensor.h written to $out"
echo "kbindgen: its IR written to $build/examples/sensor_ir.json"

#!/usr/bin/env bash
# The BINDGEN of the kernel build test: runs the real generator and, for each
# generating call (one with -o), appends "output<TAB>seconds<TAB>exit status"
# to KBINDGEN_TIMES_LOG. Version and libclang probes (no -o) run untimed.
# Environment: KBINDGEN_REAL (the generator), KBINDGEN_TIMES_LOG.
set -uo pipefail
real=${KBINDGEN_REAL:?KBINDGEN_REAL is not set}
output=
previous=
for arg in "$@"; do
  [ "$previous" = -o ] && output=$arg
  previous=$arg
done
[ -n "$output" ] && [ -n "${KBINDGEN_TIMES_LOG:-}" ] || exec "$real" "$@"
start=$(date +%s.%N)
"$real" "$@"
status=$?
end=$(date +%s.%N)
printf '%s\t%s\t%s\n' "$output" \
  "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')" \
  "$status" >>"$KBINDGEN_TIMES_LOG"
exit $status

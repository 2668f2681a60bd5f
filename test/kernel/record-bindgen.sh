#!/usr/bin/env bash
# Stands in for $(BINDGEN) while the kernel's own make runs its bindgen rules
# (see flags.sh). A generation call (one with `-o OUT`) is not run: its
# arguments, exactly as make and the shell passed them, are written one per line
# to $KBINDGEN_RECORD_DIR/<name of OUT>.args, and empty OUT and dependency files
# are created so that make's post-processing (sed, fixdep) completes.
# Every other call, e.g. rust/Makefile's libclang version probe, runs the real
# generator $KBINDGEN_RECORD_REAL, so make decides its flags for that generator.
set -euo pipefail

out=
depfile=
prev=
for arg in "$@"; do
  case $arg in
  -Wp,-MMD,*) depfile=${arg#-Wp,-MMD,} ;;
  esac
  [ "$prev" = -o ] && out=$arg
  prev=$arg
done

if [ -z "$out" ]; then
  exec "$KBINDGEN_RECORD_REAL" "$@"
fi

printf '%s\n' "$@" >"$KBINDGEN_RECORD_DIR/$(basename "$out" .rs).args"
: >"$out"
if [ -n "$depfile" ]; then
  printf '%s: \\\n  %s\n' "$out" "$1" >"$depfile"
fi

# The shell harness of the cli tests, sourced by cli.sh and debug.sh after
# they set K (the kbindgen binary) and CASE: a scratch folder OUT with a macro
# cache of its own, and the checks. `run` runs kbindgen in RUN_DIR (default:
# the current folder).
OUT=$(mktemp -d "${TMPDIR:-/tmp}/kbindgen-cli.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
KBINDGEN_CACHE_DIR=$OUT/cache
export KBINDGEN_CACHE_DIR

fail() {
  echo "FAIL ($CASE): $*" >&2
  echo "--- stdout" >&2; cat "$OUT/stdout" >&2
  echo "--- stderr" >&2; cat "$OUT/stderr" >&2
  exit 1
}

# run EXPECTED_STATUS ARGS...: runs kbindgen, keeps stdout and stderr.
run() {
  expected=$1
  shift
  (cd "${RUN_DIR:-.}" && LC_ALL=C "$K" "$@" >"$OUT/stdout" 2>"$OUT/stderr")
  status=$?
  [ "$status" -eq "$expected" ] || fail "exit status $status, expected $expected for: $*"
}

stdout_has() { grep -qF -- "$1" "$OUT/stdout" || fail "stdout lacks '$1'"; }
stderr_has() { grep -qF -- "$1" "$OUT/stderr" || fail "stderr lacks '$1'"; }
stderr_lacks() { ! grep -qF -- "$1" "$OUT/stderr" || fail "stderr has '$1'"; }
stdout_empty() { [ ! -s "$OUT/stdout" ] || fail "stdout is not empty"; }
file_has() { grep -qF -- "$2" "$OUT/$1" || fail "$1 lacks '$2'"; }

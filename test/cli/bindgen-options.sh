#!/bin/sh
# Checks kbindgen's option table against bindgen 0.72.1's options
# (bindgen-0.72.1-options.txt): each must be known to kbindgen, as supported,
# accepted without effect, or rejected by name. Fails naming the missing ones;
# prints the counts over the list, and the options that mean something for C
# and are still rejected.
#   sh bindgen-options.sh KBINDGEN [LIST]
K=$1
LIST=${2:-$(dirname "$0")/bindgen-0.72.1-options.txt}
CASE=bindgen-options
. "$(dirname "$0")/harness.sh"

[ -r "$LIST" ] || { echo "FAIL ($CASE): cannot read $LIST" >&2; exit 1; }
run 0 --help

# The help's three sections give each spelling its status (S, N or U); an
# option line starts with two spaces and a dash: "  -o, --output FILE" or
# "  --allowlist-type REGEX  (alias: --whitelist-type)".
awk '
  /^Options:/ { status = "S"; next }
  /^Accepted for compatibility/ { status = "N"; next }
  /^bindgen options kbindgen rejects/ { status = "U"; next }
  /^[^ ]/ { status = "" }
  status != "" && /^  -/ {
    line = $0
    sub(/^  /, "", line)
    n = split(line, words, /[ ,()]+/)
    for (i = 1; i <= n; ++i)
      if (words[i] ~ /^--?[A-Za-z0-9]/) print words[i], status
  }
' "$OUT/stdout" >"$OUT/table"
[ -s "$OUT/table" ] || fail "no option found in --help"

awk -v table="$OUT/table" '
  BEGIN { while ((getline line < table) > 0) { split(line, f, " "); status[f[1]] = f[2] } }
  /^#/ || NF == 0 { next }
  {
    name = $1
    only = ($0 ~ /# (C\+\+|Objective-C) only/)
    ++total
    if (!(name in status)) { missing = missing " " name; next }
    ++count[status[name]]
    if (only) ++notc[status[name]]
    else if (status[name] == "U") stillrejected = stillrejected " " name
  }
  END {
    if (total != 127) { print "FAIL: the list has " total " options, not 127"; exit 1 }
    if (missing != "") { print "FAIL: not in kbindgen'"'"'s option table:" missing; exit 1 }
    printf "bindgen 0.72.1: %d options: %d supported (S), %d accepted without effect (N), %d rejected (U)\n",
           total, count["S"], count["N"], count["U"]
    printf "C++/Objective-C only: %d rejected, %d accepted without effect, %d supported\n",
           notc["U"], notc["N"], notc["S"]
    print "C options still rejected:" (stillrejected == "" ? " none" : stillrejected)
  }
' "$LIST" >"$OUT/report"
status=$?
cat "$OUT/report"
[ "$status" -eq 0 ] || { echo "FAIL ($CASE)" >&2; exit 1; }

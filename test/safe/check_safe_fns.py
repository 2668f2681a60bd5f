#!/usr/bin/env python3
"""Checks that the safe fns of a skeleton are exactly a reviewed list.

  check_safe_fns.py KBINDGEN HEADER ALLOWLIST EXPECTED WORKDIR [RULES]

Generates the std-style skeleton of HEADER without a rules file (or with
RULES) and compares
the functions wrapped as a safe `pub fn` (not `pub unsafe fn`) with the names
in EXPECTED (one a line, followed by the reason it is sound; `#` comments).
A new safe fn, or one that became unsafe, fails until the list is reviewed.
"""

import os
import re
import subprocess
import sys


def safe_fns(skeleton):
    safe, current = [], None
    for line in skeleton.splitlines():
        called = re.search(r"/// Calls `([A-Za-z0-9_]+)`", line)
        if called:
            current = called.group(1)
            continue
        head = re.match(r"\s*pub (unsafe )?fn ", line)
        if head and current:
            if not head.group(1):
                safe.append(current)
            current = None
    return safe


def main(argv):
    if len(argv) not in (6, 7):
        print(__doc__)
        return 2
    kbindgen, header, allowlist, expected_path, workdir = argv[1:6]
    rules = ["--safe-rules", argv[6]] if len(argv) == 7 else []
    os.makedirs(workdir, exist_ok=True)
    out = os.path.join(workdir, "safe.rs")
    subprocess.run([kbindgen, header, "--allowlist-function", allowlist,
                    "-o", os.path.join(workdir, "sys.rs"), "--safe-output", out,
                    "--safe-style", "std", "--safe-raw-path", "crate::sys"] + rules,
                   check=True)
    with open(out) as f:
        actual = safe_fns(f.read())
    expected = []
    with open(expected_path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, reason = line.partition(" ")
            if not reason.strip():
                print(f"FAIL: {name} has no reason in {expected_path}")
                return 1
            expected.append(name)
    new = sorted(set(actual) - set(expected))
    gone = sorted(set(expected) - set(actual))
    for name in new:
        print(f"FAIL: safe fn not reviewed: {name}")
    for name in gone:
        print(f"FAIL: listed but no longer a safe fn: {name}")
    print(f"{len(actual)} safe fns, {len(expected)} reviewed")
    return 1 if new or gone else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

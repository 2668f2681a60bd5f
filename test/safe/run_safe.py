#!/usr/bin/env python3
"""Safe-wrapper acceptance driver.

  run_safe.py KBINDGEN CASE_DIR WORKDIR MIN_CHECKS

CASE_DIR holds case.json:
  {"header": "safelib.h" or an absolute path, "c_sources": ["safelib.c"],
   "libs": ["sqlite3"], "raw_options": [...], "safe_options": [...]}
and main.rs. The driver
1. generates WORKDIR/sys.rs (raw) and WORKDIR/safe.rs (--safe-output,
   --safe-style std, --safe-raw-path crate::sys) with KBINDGEN;
2. compiles the C sources with clang into a static library;
3. checks that rustfmt (when installed) leaves safe.rs as it is, that main.rs keeps its program in a `#![forbid(unsafe_code)]`
   module, compiles it with rustc against the library and runs it.
Passes when the program exits 0 and reports at least MIN_CHECKS passed
checks and none failed.
"""

import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402


def main(argv):
    if len(argv) != 5:
        print(__doc__)
        return 2
    kbindgen, case_dir, workdir = argv[1], os.path.abspath(argv[2]), os.path.abspath(argv[3])
    min_checks = int(argv[4])
    with open(os.path.join(case_dir, "case.json")) as f:
        case = json.load(f)
    os.makedirs(workdir, exist_ok=True)
    header = os.path.join(case_dir, case["header"])
    options = [a.replace("@CASE@", case_dir) for a in case.get("safe_options", [])]
    proc = run([kbindgen, header, "-o", os.path.join(workdir, "sys.rs"),
                *case.get("raw_options", []),
                "--safe-output", os.path.join(workdir, "safe.rs"),
                "--safe-style", "std", "--safe-raw-path", "crate::sys", *options])
    sys.stderr.write(proc.stderr)
    with open(os.path.join(workdir, "safe.rs")) as f:
        skeleton = f.read()
    summary = re.search(r"^// Methods: (\d+) \((\d+) inferred alone, (\d+) with the rules file\)",
                        skeleton, re.M)
    if summary:
        print(f"skeleton: {summary.group(1)} methods, {summary.group(2)} without rules, "
              f"{summary.group(3)} with the rules file")

    # The skeleton is written as rustfmt would write it (DESIGN.md).
    rustfmt = harness.rustfmt()
    if rustfmt:
        check = harness.capture([rustfmt, "--edition", "2021", "--check",
                                 os.path.join(workdir, "safe.rs")])
        if check.returncode != 0:
            sys.stdout.write(check.stdout[:4000] + check.stderr)
            print("FAIL: rustfmt would change safe.rs")
            return 1
    else:
        print("rustfmt not found: formatting not checked")

    link = []
    sources = case.get("c_sources", [])
    if sources:
        objects = []
        for source in sources:
            obj = os.path.join(workdir, os.path.basename(source) + ".o")
            run([harness.c_compiler(), "-O1", "-fPIC", "-Wall", "-Werror", "-c", os.path.join(case_dir, source),
                 "-I", case_dir, "-o", obj])
            objects.append(obj)
        harness.static_library(objects, os.path.join(workdir, "libcase_c.a"))
        link += ["-l", "static=case_c"]
    for name in case.get("libs", []):
        link += ["-l", name]

    with open(os.path.join(case_dir, "main.rs")) as f:
        program = f.read()
    if not re.search(r"^\s*#!\[forbid\(unsafe_code\)\]", program, re.M):
        print("FAIL: main.rs has no #![forbid(unsafe_code)] module")
        return 1
    shutil.copyfile(os.path.join(case_dir, "main.rs"), os.path.join(workdir, "main.rs"))
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copyfile(os.path.join(here, "checks.rs"), os.path.join(workdir, "checks.rs"))
    exe = os.path.join(workdir, "safe_test")
    proc = run([harness.rustc(), "--edition=2021", "-C", "debug-assertions=on", "main.rs",
                "-L", workdir, *link, "-o", exe], cwd=workdir)
    sys.stdout.write(proc.stderr)

    passed, failed = harness.run_checks_program(exe)
    if failed or passed < min_checks:
        print(f"FAIL: {passed} passed (need {min_checks}), {failed} failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Compile-fail tests of the safe skeleton without rules (the issue's traps).

  run_traps.py KBINDGEN TRAPS_DIR WORKDIR [RULES PREFIX]

Generates the std-style skeleton of TRAPS_DIR/traps.h without a rules file
(or with RULES), then compiles each TRAPS_DIR/trap_*.rs (PREFIX*.rs) inside a `#![forbid(unsafe_code)]`
module that sees only the safe API. Each program would be unsound if it
compiled: it must fail with the error code its `// expect: EXXXX` names.
"""

import glob
import os
import re
import subprocess
import sys

from trap_crate import crate_source


def main(argv):
    if len(argv) not in (4, 6):
        print(__doc__)
        return 2
    kbindgen, traps, workdir = argv[1], os.path.abspath(argv[2]), os.path.abspath(argv[3])
    rules = ["--safe-rules", os.path.abspath(argv[4])] if len(argv) == 6 else []
    prefix = argv[5] if len(argv) == 6 else "trap_"
    os.makedirs(workdir, exist_ok=True)
    sys_rs, safe_rs = os.path.join(workdir, "sys.rs"), os.path.join(workdir, "safe.rs")
    subprocess.run([kbindgen, os.path.join(traps, "traps.h"), "--allowlist-function", "tr_.*",
                    "-o", sys_rs, "--safe-output", safe_rs, "--safe-style", "std",
                    "--safe-raw-path", "crate::sys"] + rules, check=True)
    rustc = os.environ.get("RUSTC", "rustc")
    failures = 0
    programs = sorted(glob.glob(os.path.join(traps, prefix + "*.rs")))
    for program in programs:
        name = os.path.basename(program)[:-3]
        with open(program) as f:
            body = f.read()
        expect = re.search(r"// expect: (E\d{4})", body).group(1)
        crate = os.path.join(workdir, name + ".rs")
        with open(crate, "w") as f:
            f.write(crate_source(sys_rs, safe_rs, body, "pub "))
        proc = subprocess.run([rustc, "--edition", "2021", "--crate-type", "lib",
                               "--emit", "metadata", "-o", os.path.join(workdir, name + ".rmeta"),
                               crate], capture_output=True, text=True)
        if proc.returncode == 0:
            print(f"FAIL: {name} compiled: the trap is reachable without unsafe")
            failures += 1
        elif f"error[{expect}]" not in proc.stderr:
            print(f"FAIL: {name} failed without {expect}:\n{proc.stderr[:2000]}")
            failures += 1
        else:
            print(f"ok: {name} fails with {expect}")
    print(f"{len(programs) - failures} of {len(programs)} traps unreachable")
    return 1 if failures or not programs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

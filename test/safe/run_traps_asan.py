#!/usr/bin/env python3
"""Run-clean tests of the safe skeleton with a rules file (the issue's traps).

  run_traps_asan.py KBINDGEN TRAPS_DIR WORKDIR RULES [LIAR]

Builds TRAPS_DIR/traps.c with AddressSanitizer ($CC, clang), generates the
std-style skeleton of traps.h with the rules file RULES, and compiles each
TRAPS_DIR/run/NAME.rs (a `pub fn run()`) inside a `#![forbid(unsafe_code)]`
module that sees only the safe API, linked against the ASan-built library.
Without LIAR every program must exit 0 with no sanitizer report. With LIAR
(a program name in run/, or in liar/ for one only the lie lets compile) RULES is a deliberately wrong rules file: that program must
make AddressSanitizer report, which shows the clean runs can fail.
"""

import glob
import os
import subprocess
import sys

from trap_crate import crate_source


def build_library(cc, traps, workdir):
    obj, lib = os.path.join(workdir, "traps.o"), os.path.join(workdir, "libtraps.a")
    subprocess.run([cc, "-std=c11", "-g", "-O1", "-fsanitize=address",
                    "-fno-omit-frame-pointer", "-Wall", "-Werror", "-c",
                    os.path.join(traps, "traps.c"), "-o", obj], check=True)
    if os.path.exists(lib):
        os.remove(lib)
    subprocess.run(["ar", "rcs", lib, obj], check=True)


def compile_program(rustc, cc, program, sys_rs, safe_rs, workdir):
    name = os.path.basename(program)[:-3]
    with open(program) as f:
        body = f.read()
    crate = os.path.join(workdir, name + ".rs")
    with open(crate, "w") as f:
        f.write(crate_source(sys_rs, safe_rs, body) +
                "fn main() {\n    program::run();\n}\n")
    binary = os.path.join(workdir, name)
    proc = subprocess.run([rustc, "--edition", "2021", "-g", "-C", f"linker={cc}",
                           "-C", "link-arg=-fsanitize=address", "-L", workdir,
                           "-l", "static=traps", "-o", binary, crate],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"FAIL: {name} does not compile:\n{proc.stderr[:3000]}")
        return None
    return binary


def main(argv):
    if len(argv) not in (5, 6):
        print(__doc__)
        return 2
    kbindgen, traps, workdir, rules = argv[1], os.path.abspath(argv[2]), \
        os.path.abspath(argv[3]), os.path.abspath(argv[4])
    liar = argv[5] if len(argv) == 6 else None
    os.makedirs(workdir, exist_ok=True)
    cc, rustc = os.environ.get("CC", "clang-19"), os.environ.get("RUSTC", "rustc")
    build_library(cc, traps, workdir)
    sys_rs, safe_rs = os.path.join(workdir, "sys.rs"), os.path.join(workdir, "safe.rs")
    subprocess.run([kbindgen, os.path.join(traps, "traps.h"), "--allowlist-function", "tr_.*",
                    "-o", sys_rs, "--safe-output", safe_rs, "--safe-style", "std",
                    "--safe-raw-path", "crate::sys", "--safe-rules", rules], check=True)
    programs = sorted(glob.glob(os.path.join(traps, "run", "*.rs")))
    if liar:
        # A program only a lie lets compile lives in liar/.
        programs = [p for p in programs + glob.glob(os.path.join(traps, "liar", "*.rs"))
                    if os.path.basename(p) == liar + ".rs"]
    if not programs:
        print("FAIL: no program to run")
        return 1
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0")
    failures = 0
    for program in programs:
        name = os.path.basename(program)[:-3]
        binary = compile_program(rustc, cc, program, sys_rs, safe_rs, workdir)
        if not binary:
            failures += 1
            continue
        proc = subprocess.run([binary], capture_output=True, text=True, env=env, timeout=60)
        reported = "Sanitizer" in proc.stderr and "ERROR" in proc.stderr
        if liar:
            if reported:
                first = [l for l in proc.stderr.splitlines() if "ERROR" in l][0]
                print(f"ok: {name} with the wrong rules: {first.strip()}")
            else:
                print(f"FAIL: {name} ran clean though the rules file lies "
                      f"(exit {proc.returncode}):\n{proc.stdout}{proc.stderr[:2000]}")
                failures += 1
        elif proc.returncode != 0 or reported:
            print(f"FAIL: {name} exited {proc.returncode}:\n{proc.stdout}{proc.stderr[:3000]}")
            failures += 1
        else:
            print(f"ok: {name}: {proc.stdout.strip()}")
    print(f"{len(programs) - failures} of {len(programs)} programs as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

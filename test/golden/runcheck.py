#!/usr/bin/env python3
"""Run-time check of a golden header's bindings.

  runcheck.py KBINDGEN HEADER WORKDIR

Some options change what code can do with the bindings at run time (a
newtype that derefs to its aliased type, union members read through
__BindgenUnionField). The golden compile test only compiles the output; this
one builds a program from the bindings of HEADER plus run/NAME.rs (a `main`
with assertions), runs it, and requires exit status 0.
"""

import os
import sys

import golden  # stem, generate_or_fail, beside this script

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402


def main(argv):
    if len(argv) != 4:
        harness.fail(__doc__)
    kbindgen, header, workdir = argv[1:]
    os.makedirs(workdir, exist_ok=True)
    name = golden.stem(header)
    main_rs = os.path.join(os.path.dirname(os.path.abspath(header)), "run",
                           name + ".rs")
    bindings = golden.generate_or_fail(
        kbindgen, header, os.path.join(workdir, name + ".runcheck.rs"))
    program = os.path.join(workdir, name + ".runcheck.main.rs")
    with open(program, "w", encoding="utf-8") as f:
        f.write("#![allow(non_camel_case_types, non_upper_case_globals, "
                "non_snake_case, dead_code, unused)]\n")
        f.write(bindings.decode("utf-8"))
        with open(main_rs, encoding="utf-8") as m:
            f.write(m.read())
    exe = os.path.join(workdir, name + ".runcheck")
    proc = harness.capture([harness.rustc(), "--edition=2021",
                            f"--crate-name=runcheck_{name}", "-o", exe,
                            program])
    if proc.returncode != 0:
        sys.stdout.write(proc.stderr)
        harness.fail(f"{name}: rustc rejected the program")
    proc = harness.capture([exe])
    sys.stdout.write(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        harness.fail(f"{name}: the program failed (exit {proc.returncode})")
    print(f"ok {name}: run-time checks passed")


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Run-time check of a golden header's bindings.

  runcheck.py KBINDGEN HEADER WORKDIR

Some options change what code can do with the bindings at run time (a
newtype that derefs to its aliased type, union members read through
__BindgenUnionField). The golden compile test only compiles the output; this
one builds a program from the bindings of HEADER plus run/NAME.rs (a `main`
with assertions), runs it, and requires exit status 0.

When run/NAME.c exists it is compiled by clang (with the header's clang
arguments, -fexceptions so that a panic can unwind through it) and linked
in. A header marked `// kbindgen-check-symbols` also has its claims about
symbols checked against that object: every function the bindings declare
is defined there, and no other function the header names is.
"""

import os
import re
import shutil
import sys

import golden  # stem, generate_or_fail, beside this script

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402


SYMBOLS_MARKER = "// kbindgen-check-symbols"


def compile_c(header, c_file, obj):
    _, clang_args = harness.read_flags(header)
    clang = shutil.which("clang") or "clang"
    proc = harness.capture([clang, "-c", "-fPIC", "-fexceptions", "-O0",
                            "-I", os.path.dirname(os.path.abspath(header))]
                           + clang_args + [c_file, "-o", obj])
    if proc.returncode != 0:
        sys.stdout.write(proc.stderr)
        harness.fail(f"{os.path.basename(c_file)}: clang rejected it")
    return obj


def check_symbols(header, bindings, obj):
    with open(header, encoding="utf-8") as f:
        text = f.read()
    if SYMBOLS_MARKER not in text:
        return
    code = "\n".join(line for line in text.splitlines()
                     if not line.lstrip().startswith("//"))
    named = set(re.findall(r"\b([A-Za-z_]\w*)\s*\(", code)) - {
        "__attribute__", "return"}
    bound = set(re.findall(r"pub fn (\w+)\(", bindings))
    nm = harness.capture(["nm", "--defined-only", obj])
    defined = {parts[2] for parts in (line.split() for line in nm.stdout.splitlines())
               if len(parts) == 3 and parts[1] == "T"}
    missing = sorted(bound - defined)
    if missing:
        harness.fail(f"bound but without a symbol in the C object: {missing}")
    unbound = sorted((named - bound) & defined)
    if unbound:
        harness.fail(f"not bound although the C object defines them: {unbound}")
    print(f"symbols: bound {sorted(bound)}; not bound {sorted(named - bound)}")


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
    link_args = []
    c_file = os.path.join(os.path.dirname(main_rs), name + ".c")
    if os.path.isfile(c_file):
        obj = compile_c(header, c_file, os.path.join(workdir, name + ".runcheck.o"))
        check_symbols(header, bindings.decode("utf-8"), obj)
        # Optimised: rustc then relies on an extern "C" callee not
        # unwinding, so a panic through C is caught only with "C-unwind".
        link_args = ["-C", f"link-arg={obj}", "-C", "opt-level=2"]
    proc = harness.capture([harness.rustc(), "--edition=2021",
                            f"--crate-name=runcheck_{name}", "-o", exe,
                            program] + link_args)
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

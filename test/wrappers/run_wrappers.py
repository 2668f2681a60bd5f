#!/usr/bin/env python3
"""Runtime test of --wrap-static-fns.

  run_wrappers.py GENERATOR SOURCE_DIR WORKDIR

1. generates WORKDIR/wrappers.c from SOURCE_DIR/inline_fns.h with GENERATOR
   (kbindgen-gen-wrappers: the real frontend and the CWrappers backend), twice,
   and checks that both runs write the same bytes;
2. compiles it with clang (CC) and the warnings the kernel makes errors
   (-Werror -Wall -Wextra -Wmissing-prototypes -Wstrict-prototypes, and
   -Wshadow of W=2) into libwrappers.a; does the same, compile only, for the
   kernel naming (rust_helper_NAME);
3. generates the wrappers of needs_constant.h, whose functions compile only
   when inlined with constants, and checks that find_failing_wrappers.py
   names exactly the two that fail;
4. compiles main.rs with rustc (RUSTC) against libwrappers.a and runs it.
Passes only when the program exits 0, reports at least MIN_CHECKS passed
checks and no failure, and the generated C says what it skipped.
"""

import os
import re
import shutil
import subprocess
import sys

MIN_CHECKS = 40
KERNEL_WARNINGS = ["-std=gnu11", "-Werror", "-Wall", "-Wextra", "-Wmissing-prototypes",
                   "-Wstrict-prototypes", "-Wshadow"]


def run(command, **kwargs):
    proc = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout + proc.stderr)
        print(f"FAIL: {' '.join(command)} exited {proc.returncode}")
        sys.exit(1)
    return proc


def generate(generator, header, out, *extra):
    proc = run([generator, header, out, *extra])
    sys.stderr.write(proc.stderr)
    with open(out, encoding="utf-8") as f:
        return f.read()


def expect(text, needle, what):
    if needle not in text:
        print(f"FAIL: {what}: {needle!r} not in the generated C")
        sys.exit(1)
    print(f"ok {what}")


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    generator = argv[1]
    source_dir, workdir = os.path.abspath(argv[2]), os.path.abspath(argv[3])
    os.makedirs(workdir, exist_ok=True)
    header = os.path.join(source_dir, "inline_fns.h")
    cc = os.environ.get("CC") or shutil.which("clang-19") or shutil.which("clang") or "clang"
    ar = shutil.which("llvm-ar-19") or shutil.which("ar") or "ar"
    rustc = os.environ.get("RUSTC") or shutil.which("rustc") or "rustc"

    wrappers = os.path.join(workdir, "wrappers.c")
    text = generate(generator, header, wrappers)
    again = generate(generator, header, os.path.join(workdir, "wrappers.again.c"))
    if text != again:
        print("FAIL: two runs wrote different wrappers")
        return 1
    print("ok deterministic")
    expect(text, f'#include "{header}"', "includes the header")
    expect(text, "/* sum_va is not wrapped: it is variadic", "variadic skipped")
    expect(text, "__attribute__((__noreturn__)) void stop__extern(int __kbindgen_arg_0);",
           "noreturn kept")
    expect(text, "void counter_reset__extern(void) { counter_reset(); }", "void call")
    expect(text, "int (*pick_op__extern(int __kbindgen_arg_0))(int, int);",
           "function pointer result")

    obj = os.path.join(workdir, "wrappers.o")
    lib = os.path.join(workdir, "libwrappers.a")
    run([cc, "-O1", "-fPIC", *KERNEL_WARNINGS, "-c", wrappers, "-o", obj])
    print("ok wrappers.c compiles with the kernel's warnings")
    if os.path.exists(lib):
        os.remove(lib)
    run([ar, "rcs", lib, obj])

    kernel = os.path.join(workdir, "kernel_wrappers.c")
    kernel_text = generate(generator, header, kernel, "--kernel-names")
    expect(kernel_text, "int rust_helper_add(int __kbindgen_arg_0, int __kbindgen_arg_1) "
           "{ return add(__kbindgen_arg_0, __kbindgen_arg_1); }", "kernel naming")
    run([cc, "-O1", *KERNEL_WARNINGS, "-c", kernel, "-o", os.path.join(workdir, "kernel.o")])
    print("ok kernel_wrappers.c compiles with the kernel's warnings")

    constant = os.path.join(workdir, "needs_constant.c")
    generate(generator, os.path.join(source_dir, "needs_constant.h"), constant)
    finder = run([sys.executable, os.path.join(source_dir, "find_failing_wrappers.py"), constant,
                  "--", cc, "-O2", *KERNEL_WARNINGS])
    failing = finder.stdout.split()
    if failing != ["needs_constant", "never_called"]:
        sys.stdout.write(finder.stderr)
        print(f"FAIL: find_failing_wrappers.py named {failing}")
        return 1
    print("ok find_failing_wrappers names the wrappers that need constants")

    shutil.copyfile(os.path.join(source_dir, "main.rs"), os.path.join(workdir, "main.rs"))
    exe = os.path.join(workdir, "wrappers_test")
    run([rustc, "--edition=2021", "-C", "debug-assertions=on", "main.rs", "-L", workdir,
         "-l", "static=wrappers", "-o", exe], cwd=workdir)

    proc = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    sys.stdout.write(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        print(f"FAIL: wrappers_test exited {proc.returncode}")
        return 1
    summary = re.search(r"^(\d+) passed, (\d+) failed$", proc.stdout, re.M)
    if not summary:
        print("FAIL: wrappers_test printed no summary line")
        return 1
    passed, failed = int(summary.group(1)), int(summary.group(2))
    if failed != 0 or passed < MIN_CHECKS:
        print(f"FAIL: {passed} passed, {failed} failed (need >= {MIN_CHECKS}, 0 failed)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

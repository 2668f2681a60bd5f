#!/usr/bin/env python3
"""ABI runtime test driver.

  run_abi.py KBINDGEN SOURCE_DIR WORKDIR [EXTRA_OPTIONS]

1. generates WORKDIR/bindings.rs from SOURCE_DIR/abi.h with KBINDGEN (flags
   from the header's first line, as in the golden corpus, plus EXTRA_OPTIONS,
   one shell-quoted string, e.g. the kernel's `--use-core --ctypes-prefix ffi`);
2. compiles abi.c with clang (CC, default clang-19 or clang) into libabi_c.a;
3. compiles main.rs with rustc (RUSTC) against it and runs the program.
Passes only when the program exits 0 and reports at least MIN_CHECKS passed
checks and no failure.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "golden"))
from golden import generate  # noqa: E402

MIN_CHECKS = 40


def run(command, **kwargs):
    proc = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout + proc.stderr)
        print(f"FAIL: {' '.join(command)} exited {proc.returncode}")
        sys.exit(1)
    return proc


def main(argv):
    if len(argv) not in (4, 5):
        print(__doc__)
        return 2
    extra_options = shlex.split(argv[4]) if len(argv) == 5 else []
    kbindgen, source_dir, workdir = argv[1], os.path.abspath(argv[2]), os.path.abspath(argv[3])
    os.makedirs(workdir, exist_ok=True)
    bindings = os.path.join(workdir, "bindings.rs")
    code, stderr = generate(kbindgen, os.path.join(source_dir, "abi.h"), bindings,
                            extra_options)
    sys.stderr.write(stderr)
    if code != 0 or not os.path.isfile(bindings):
        print(f"FAIL: generating bindings for abi.h exited {code}")
        return 1

    cc = os.environ.get("CC") or shutil.which("clang-19") or shutil.which("clang") or "clang"
    ar = shutil.which("llvm-ar-19") or shutil.which("ar") or "ar"
    rustc = os.environ.get("RUSTC") or shutil.which("rustc") or "rustc"
    obj = os.path.join(workdir, "abi.o")
    lib = os.path.join(workdir, "libabi_c.a")
    run([cc, "-O1", "-fPIC", "-Wall", "-Werror", "-c", os.path.join(source_dir, "abi.c"),
         "-I", source_dir, "-o", obj])
    if os.path.exists(lib):
        os.remove(lib)
    run([ar, "rcs", lib, obj])
    shutil.copyfile(os.path.join(source_dir, "main.rs"), os.path.join(workdir, "main.rs"))
    # The kernel's `ffi` crate, for bindings made with `--ctypes-prefix ffi`.
    ffi_source = os.path.join(workdir, "ffi.rs")
    with open(ffi_source, "w") as f:
        f.write("#![no_std]\npub use core::ffi::*;\n")
    ffi_lib = os.path.join(workdir, "libffi.rlib")
    run([rustc, "--edition=2021", "--crate-type=rlib", "--crate-name=ffi", ffi_source,
         "-o", ffi_lib])
    exe = os.path.join(workdir, "abi_test")
    run([rustc, "--edition=2021", "-C", "debug-assertions=on", "main.rs", "-L", workdir,
         "-l", "static=abi_c", "--extern", f"ffi={ffi_lib}", "-o", exe], cwd=workdir)

    proc = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    sys.stdout.write(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        print(f"FAIL: abi_test exited {proc.returncode}")
        return 1
    summary = re.search(r"^(\d+) passed, (\d+) failed$", proc.stdout, re.M)
    if not summary:
        print("FAIL: abi_test printed no summary line")
        return 1
    passed, failed = int(summary.group(1)), int(summary.group(2))
    if failed != 0 or passed < MIN_CHECKS:
        print(f"FAIL: {passed} passed, {failed} failed (need >= {MIN_CHECKS}, 0 failed)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

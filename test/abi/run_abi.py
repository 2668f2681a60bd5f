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
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

MIN_CHECKS = 40


def main(argv):
    if len(argv) not in (4, 5):
        print(__doc__)
        return 2
    extra_options = shlex.split(argv[4]) if len(argv) == 5 else []
    kbindgen, source_dir, workdir = argv[1], os.path.abspath(argv[2]), os.path.abspath(argv[3])
    os.makedirs(workdir, exist_ok=True)
    bindings = os.path.join(workdir, "bindings.rs")
    code, stderr = harness.generate(kbindgen, os.path.join(source_dir, "abi.h"), bindings,
                                    extra_options)
    sys.stderr.write(stderr)
    if code != 0 or not os.path.isfile(bindings):
        print(f"FAIL: generating bindings for abi.h exited {code}")
        return 1

    # Functions whose call ABI Rust cannot express must not be emitted.
    with open(os.path.join(source_dir, "abi.h"), encoding="utf-8") as f:
        refused = re.findall(r"^// kbindgen-abi-refused: (.*)$", f.read(), re.M)
    with open(bindings, encoding="utf-8") as f:
        text = f.read()
    emitted = [name for line in refused for name in line.split()
               if re.search(rf"\bfn {name}\(", text)]
    if not refused or emitted:
        print(f"FAIL: emitted although Rust cannot call them: {emitted}")
        return 1

    obj = os.path.join(workdir, "abi.o")
    run([harness.c_compiler(), "-O1", "-fPIC", "-Wall", "-Werror", "-c",
         os.path.join(source_dir, "abi.c"), "-I", source_dir, "-o", obj])
    harness.static_library([obj], os.path.join(workdir, "libabi_c.a"))
    shutil.copyfile(os.path.join(source_dir, "main.rs"), os.path.join(workdir, "main.rs"))
    # The kernel's `ffi` crate, for bindings made with `--ctypes-prefix ffi`.
    ffi_lib = harness.build_ffi_crate("ffi", os.path.join(workdir, "ffi.rs"),
                                      os.path.join(workdir, "libffi.rlib"))
    exe = os.path.join(workdir, "abi_test")
    run([harness.rustc(), "--edition=2021", "-C", "debug-assertions=on", "main.rs",
         "-L", workdir, "-l", "static=abi_c", "--extern", f"ffi={ffi_lib}", "-o", exe], cwd=workdir)

    passed, failed = harness.run_checks_program(exe)
    if failed != 0 or passed < MIN_CHECKS:
        print(f"FAIL: {passed} passed, {failed} failed (need >= {MIN_CHECKS}, 0 failed)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

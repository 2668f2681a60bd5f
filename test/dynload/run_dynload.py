#!/usr/bin/env python3
"""--dynamic-loading runtime test.

  run_dynload.py KBINDGEN SOURCE_DIR WORKDIR

Generates three bindings of zlib with --dynamic-loading Zlib: `lenient.rs`
(zlib_missing.h: zlib.h plus a function libz lacks), `strict_missing.rs`
(the same with --dynamic-link-require-all, --use-core) and `strict.rs`
(zlib.h alone, --dynamic-link-require-all, --use-core); compiles main.rs
with rustc, without linking libz, and runs it: it loads libz.so.1 at run
time and checks what each binding does.
"""

import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402
from harness import fail, run  # noqa: E402

MIN_CHECKS = 12
FUNCTIONS = "compress2|compressBound|uncompress|zlibVersion|zlibNoSuchFunction"
BINDINGS = {
    "lenient.rs": ("zlib_missing.h", []),
    "strict_missing.rs": ("zlib_missing.h",
                          ["--dynamic-link-require-all", "--use-core"]),
    "strict.rs": ("/usr/include/zlib.h",
                  ["--dynamic-link-require-all", "--use-core"]),
}


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    kbindgen = os.path.abspath(argv[1])
    source_dir, workdir = os.path.abspath(argv[2]), os.path.abspath(argv[3])
    os.makedirs(workdir, exist_ok=True)
    for output, (header, options) in BINDINGS.items():
        header = os.path.join(source_dir, header)
        out_path = os.path.join(workdir, output)
        code, stderr = harness.generate(
            kbindgen, header, out_path,
            ["--dynamic-loading", "Zlib", "--allowlist-function", FUNCTIONS,
             "--allowlist-var", "Z_OK|Z_BEST_COMPRESSION"] + options)
        sys.stderr.write(stderr)
        if code != 0:
            fail(f"generating {output} from {header} exited {code}")
        with open(out_path, encoding="utf-8") as f:
            text = f.read()
        # The functions are reached only through the struct.
        if "pub fn compress2" in text or "pub struct Zlib" not in text:
            fail(f"{output}: compress2 is not loaded through struct Zlib")

    shutil.copyfile(os.path.join(source_dir, "main.rs"),
                    os.path.join(workdir, "main.rs"))
    exe = os.path.join(workdir, "dynload_test")
    run([harness.rustc(), "--edition=2021", "-C", "debug-assertions=on",
         "main.rs", "-o", exe], cwd=workdir)
    # The program must not link libz: it loads it.
    needed = harness.capture(["readelf", "-d", exe]).stdout
    if "libz.so" in needed:
        fail("the test program links libz; it must load it at run time")

    passed, failed = harness.run_checks_program(exe, cwd=workdir)
    if failed != 0 or passed < MIN_CHECKS:
        fail(f"{passed} passed, {failed} failed (need >= {MIN_CHECKS}, 0 failed)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

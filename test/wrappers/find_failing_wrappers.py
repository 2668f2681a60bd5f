#!/usr/bin/env python3
"""List the static functions whose generated C wrapper does not compile.

  find_failing_wrappers.py WRAPPERS.C [--cwd DIR] -- CC [CC_ARGS...]

Some static inline functions compile only when inlined into a caller that
passes constants: kernel functions with `asm("..." :: "i"(arg))`,
BUILD_BUG_ON(!__builtin_constant_p(arg)), FIELD_PREP with a variable mask, or
a BUILD_BUG() in a configuration where they must never be called. Nothing in
their declaration says so, and the compiler reports these errors without
naming the function, so this script compiles groups of wrappers and bisects
the failing groups. It prints one C function name per line (callee names,
ready for --blocklist-function) and exits 0; it exits 1 when even an empty
file does not compile with the given flags.

The header is precompiled once (`-x c-header`) with the same flags, so each
probe only parses the wrappers.
"""

import os
import re
import subprocess
import sys
import tempfile

GROUP = 64
CALLEE = re.compile(r"\{ (?:return )?\(?([A-Za-z_][A-Za-z0-9_]*)\)?\(")


def wrapper_blocks(text):
    """The #include line and the wrapper blocks (prototype + definition)."""
    include = next((line for line in text.splitlines() if line.startswith("#include")), None)
    blocks = [b.strip("\n") for b in text.split("\n\n")]
    wrappers = [b for b in blocks if b and not b.startswith("/*") and CALLEE.search(b)]
    return include, wrappers


class Prober:
    def __init__(self, compiler, args, cwd, workdir, include):
        self.compiler, self.args, self.cwd, self.workdir = compiler, args, cwd, workdir
        self.prefix = include + "\n"
        self.extra = []
        self.count = 0
        header = include.split('"')[1] if include and '"' in include else None
        if header:
            pch = os.path.join(workdir, "header.pch")
            made = subprocess.run([compiler, *args, "-x", "c-header", header, "-o", pch],
                                  cwd=cwd, capture_output=True, text=True)
            if made.returncode == 0:
                self.prefix, self.extra = "", ["-include-pch", pch]

    def compiles(self, blocks):
        self.count += 1
        source = os.path.join(self.workdir, "probe.c")
        with open(source, "w", encoding="utf-8") as f:
            f.write(self.prefix + "\n\n".join(blocks) + "\n")
        proc = subprocess.run([self.compiler, *self.args, *self.extra, "-c", source, "-o",
                               os.path.join(self.workdir, "probe.o")],
                              cwd=self.cwd, capture_output=True, text=True)
        return proc.returncode == 0

    def failing(self, blocks):
        if self.compiles(blocks):
            return []
        if len(blocks) == 1:
            return blocks
        middle = len(blocks) // 2
        return self.failing(blocks[:middle]) + self.failing(blocks[middle:])


def main(argv):
    if "--" not in argv or argv.index("--") < 2 or argv.index("--") + 1 >= len(argv):
        print(__doc__)
        return 2
    split = argv.index("--")
    options, command = argv[1:split], argv[split + 1:]
    wrappers_c, cwd = options[0], None
    if len(options) == 3 and options[1] == "--cwd":
        cwd = options[2]
    elif len(options) != 1:
        print(__doc__)
        return 2
    with open(wrappers_c, encoding="utf-8") as f:
        include, blocks = wrapper_blocks(f.read())
    if include is None:
        print(f"{wrappers_c}: no #include line", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kbindgen-wrappers-") as workdir:
        prober = Prober(command[0], command[1:], cwd, workdir, include)
        if not prober.compiles([]):
            print("the header alone does not compile with these flags", file=sys.stderr)
            return 1
        bad = []
        for start in range(0, len(blocks), GROUP):
            bad += prober.failing(blocks[start:start + GROUP])
        for block in bad:
            print(CALLEE.search(block).group(1))
        print(f"{len(blocks)} wrappers, {len(bad)} fail to compile ({prober.count} compiler runs)",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

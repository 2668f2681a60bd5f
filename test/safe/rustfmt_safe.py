#!/usr/bin/env python3
"""The safe skeleton of a header is already rustfmt-clean.

  rustfmt_safe.py KBINDGEN HEADER WORKDIR STYLE [PREFIX LONG_PREFIX]

Generates HEADER's --safe-output in STYLE (std or kernel) and requires
`rustfmt --check` to find nothing to change, as the golden rustfmt tests
require of the raw bindings. With PREFIX and LONG_PREFIX, HEADER is first
copied with every PREFIX renamed LONG_PREFIX, so that the skeleton's
fields, signatures, impl headers and calls pass 100 columns.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402


def main(argv):
    if len(argv) not in (5, 7):
        harness.fail(__doc__.strip())
    kbindgen, header, workdir, style = argv[1:5]
    os.makedirs(workdir, exist_ok=True)
    name = os.path.splitext(os.path.basename(header))[0] + "." + style
    if len(argv) == 7:
        prefix, long_prefix = argv[5:]
        with open(header, encoding="utf-8") as f:
            text = f.read()
        if prefix not in text:
            harness.fail(f"{header} has no {prefix}")
        name += ".long"
        header = os.path.join(workdir, name + ".h")
        with open(header, "w", encoding="utf-8") as f:
            f.write(text.replace(prefix, long_prefix))
    raw_rs = os.path.join(workdir, name + ".raw.rs")
    safe_rs = os.path.join(workdir, name + ".safe.rs")
    harness.run([kbindgen, header, "-o", raw_rs, "--safe-output", safe_rs,
                 "--safe-style", style])
    rustfmt = harness.rustfmt() or "rustfmt"
    proc = harness.capture([rustfmt, "--check", "--edition", "2021", safe_rs])
    if proc.returncode != 0:
        sys.stdout.write((proc.stdout + proc.stderr)[:20000])
        harness.fail(f"{name}: the safe skeleton is not rustfmt-clean")
    print(f"ok {name}: the safe skeleton is rustfmt-clean")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""`kbindgen layout` on cases/holes.h: the text view is the reviewed
cases/holes.txt, --json carries the same records, a saved IR (--ir) gives the
same view as the header, and wrong names fail with exit code 1.

Usage: cli.py KBINDGEN TEST_DIR
"""

import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
from harness import capture as run  # noqa: E402  (unchecked: each case reads the exit code)

TYPES = ["struct sample", "wire_header", "point_t"]


def check(condition, message, failures):
    if not condition:
        failures.append(message)


def main(kbindgen, test_dir):
    kbindgen = os.path.abspath(kbindgen)
    cases = os.path.join(test_dir, "cases")
    failures = []
    header = ["--header", "holes.h"]

    text = run([kbindgen, "layout"] + TYPES + header, cases)
    with open(os.path.join(cases, "holes.txt"), encoding="utf-8") as f:
        expected = f.read()
    check(text.returncode == 0 and text.stdout == expected,
          f"text view differs from cases/holes.txt (exit {text.returncode}):"
          f"\n{text.stdout}{text.stderr}", failures)

    as_json = run([kbindgen, "layout", "--json"] + TYPES + header, cases)
    check(as_json.returncode == 0, f"--json failed: {as_json.stderr}",
          failures)
    if as_json.returncode == 0:
        records = json.loads(as_json.stdout)["records"]
        check([r["name"] for r in records] ==
              ["struct sample", "struct wire_header",
               "point_t"], f"--json names: {[r['name'] for r in records]}",
              failures)
        sample = records[0]
        by_name = {m["name"]: m for m in sample["members"]}
        check(by_name["tag"]["hole_after"] == 3, "tag's hole", failures)
        check(by_name["mode"]["bitfield"] ==
              {"width": 3, "bit_in_unit": 1, "unnamed": False},
              f"mode's bitfield: {by_name['mode'].get('bitfield')}", failures)
        check(by_name["name"]["cacheline"] == 1, "name's cache line",
              failures)
        check(sample["size"] == 120 and sample["padding"] == 7,
              "sample's size and padding", failures)

    missing = run([kbindgen, "layout", "sample", "nope"] + header, cases)
    check(missing.returncode == 1 and missing.stdout == "" and
          "no struct or union named 'nope'" in missing.stderr,
          f"unknown name: exit {missing.returncode}, {missing.stderr!r}",
          failures)
    forward = run([kbindgen, "layout", "opaque_peer"] + header, cases)
    check(forward.returncode == 1 and "never defined" in forward.stderr,
          f"forward declaration: {forward.stderr!r}", failures)
    nothing = run([kbindgen, "layout"] + header, cases)
    check(nothing.returncode == 2, f"no type named: exit {nothing.returncode}",
          failures)

    with tempfile.TemporaryDirectory() as scratch:
        ir_path = os.path.join(scratch, "holes.ir.json")
        emitted = run([kbindgen, "holes.h", "--emit-ir", ir_path, "-o",
                       os.path.join(scratch, "holes.rs")], cases)
        check(emitted.returncode == 0, f"--emit-ir: {emitted.stderr}",
              failures)
        from_ir = run([kbindgen, "layout"] + TYPES + ["--ir", ir_path], cases)
        check(from_ir.returncode == 0 and from_ir.stdout == expected,
              f"--ir view differs (exit {from_ir.returncode}):\n"
              f"{from_ir.stdout}{from_ir.stderr}", failures)

    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))

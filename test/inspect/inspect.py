#!/usr/bin/env python3
"""Tests of the inspection commands (explain, diff) and of the JSON IR reader.

  roundtrip KBINDGEN ROUNDTRIP HEADER WORKDIR
      --emit-ir on a golden header (its first-line flags apply), read it back
      and write it again with ROUNDTRIP: the bytes must be identical.
  explain KBINDGEN CASE WORKDIR
      CASE.h's first line is `// explain: ITEMS -- OPTIONS`; the output of
      `kbindgen explain ITEMS --header CASE.h OPTIONS` must equal CASE.expected,
      and explain on the saved IR (--ir) must print the same.
  diff KBINDGEN CASE WORKDIR
      CASE.old.h and CASE.new.h; CASE.expected holds the expected exit code on
      its first line and the exact `kbindgen diff` output after it. The same
      diff on the saved IRs must agree; NEW against itself must report no
      change and exit 0; a missing input exits 1.

Each subcommand exits 0 only when the fact it checks holds.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402
from harness import fail  # noqa: E402

TIMEOUT = 300


def run(args, expect_codes=(0,), cwd=None):
    """The output stays bytes: the tests compare it exactly."""
    return harness.run(args, cwd=cwd, codes=expect_codes, timeout=TIMEOUT, text=False)


def emit_ir(kbindgen, header, options, clang_args, out_json, workdir):
    """--emit-ir from the header's directory, as the golden tests run."""
    rs = os.path.join(workdir, os.path.basename(out_json) + ".rs")
    run([kbindgen, os.path.basename(header), *options, "--emit-ir", out_json,
         "-o", rs, "--", *clang_args], cwd=os.path.dirname(header))


def roundtrip(kbindgen, tool, header, workdir):
    os.makedirs(workdir, exist_ok=True)
    name = os.path.splitext(os.path.basename(header))[0]
    options, clang_args = harness.read_flags(header)
    first = os.path.join(workdir, name + ".ir.json")
    second = os.path.join(workdir, name + ".ir2.json")
    emit_ir(kbindgen, header, options, clang_args, first, workdir)
    run([tool, first, second])
    with open(first, "rb") as f:
        a = f.read()
    with open(second, "rb") as f:
        b = f.read()
    if a != b:
        at = next(i for i in range(min(len(a), len(b)) + 1)
                  if i == min(len(a), len(b)) or a[i] != b[i])
        fail(f"{name}: re-emitted IR differs at byte {at}: "
             f"{a[max(0, at - 80):at + 80]!r} vs {b[max(0, at - 80):at + 80]!r}")
    if b'"version": 2' not in a[:200]:
        fail(f"{name}: the IR does not carry schema version 2")
    print(f"{name}: {len(a)} bytes round-trip identically")


def read_case_line(header, prefix):
    words = harness.read_flag_line(header, prefix)
    if words is None:
        fail(f"{header}: first line must start with '{prefix}'")
    return words


def explain(kbindgen, case, workdir):
    os.makedirs(workdir, exist_ok=True)
    header = case + ".h"
    name = os.path.basename(case)
    items, options = read_case_line(header, "// explain:")
    with open(case + ".expected", encoding="utf-8") as f:
        expected = f.read()
    from_header = run([kbindgen, "explain", *items, "--header",
                       os.path.basename(header), *options],
                      expect_codes=(0, 1), cwd=os.path.dirname(header))
    got = from_header.stdout.decode()
    if got != expected:
        fail(f"{name}: explain printed\n{got}\nexpected\n{expected}")
    ir = os.path.join(workdir, name + ".explain.json")
    emit_ir(kbindgen, header, options, [], ir, workdir)
    from_ir = run([kbindgen, "explain", *items, "--ir", ir],
                  expect_codes=(0, 1))
    if from_ir.stdout.decode() != got:
        fail(f"{name}: explain from the saved IR differs:\n"
             f"{from_ir.stdout.decode()}")
    if from_ir.returncode != from_header.returncode:
        fail(f"{name}: exit codes differ between --header and --ir")
    print(f"{name}: {got.count(chr(10))} lines as expected")


def diff(kbindgen, case, workdir):
    os.makedirs(workdir, exist_ok=True)
    name = os.path.basename(case)
    old, new = case + ".old.h", case + ".new.h"
    with open(case + ".expected", encoding="utf-8") as f:
        code_line, expected = f.read().split("\n", 1)
    want_code = int(code_line.strip())
    here = os.path.dirname(old)
    got = run([kbindgen, "diff", os.path.basename(old), os.path.basename(new)],
              expect_codes=(0, 3), cwd=here)
    text = got.stdout.decode()
    if got.returncode != want_code or text != expected:
        fail(f"{name}: diff exited {got.returncode} (want {want_code}) and "
             f"printed\n{text}\nexpected\n{expected}")
    old_ir = os.path.join(workdir, name + ".old.json")
    new_ir = os.path.join(workdir, name + ".new.json")
    emit_ir(kbindgen, old, [], [], old_ir, workdir)
    emit_ir(kbindgen, new, [], [], new_ir, workdir)
    from_ir = run([kbindgen, "diff", old_ir, new_ir], expect_codes=(0, 3))
    if from_ir.stdout.decode() != text or from_ir.returncode != want_code:
        fail(f"{name}: diff of the saved IRs differs:\n"
             f"{from_ir.stdout.decode()}")
    same = run([kbindgen, "diff", os.path.basename(new), new_ir],
               expect_codes=(0, 3), cwd=here)
    if same.returncode != 0 or "no change" not in same.stdout.decode():
        fail(f"{name}: a header against its own IR reports a change:\n"
             f"{same.stdout.decode()}")
    # Bad input is exit code 1, never 0 or 3.
    run([kbindgen, "diff", name + ".missing.h", os.path.basename(new)],
        expect_codes=(1,), cwd=here)
    print(f"{name}: exit {want_code}, output as expected")


def main(argv):
    if len(argv) < 2:
        fail(__doc__)
    command = argv[1]
    args = [os.path.abspath(a) if os.sep in a else a for a in argv[2:]]
    if command == "roundtrip" and len(args) == 4:
        roundtrip(*args)
    elif command == "explain" and len(args) == 3:
        explain(*args)
    elif command == "diff" and len(args) == 3:
        diff(*args)
    else:
        fail(__doc__)


if __name__ == "__main__":
    main(sys.argv)

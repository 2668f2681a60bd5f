#!/usr/bin/env python3
"""Bad-input tests: one case per invocation.

  badinput.py KBINDGEN WORKDIR CASE     run one case
  badinput.py --list                    print the case names

Every case checks that the tool never dies from a signal, that errors are one
clear line (or clang's `file:line:col: error:` diagnostics) with the right
exit code, and that a failed run leaves a previous output file untouched.
"""

import os
import random
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402

TIMEOUT = 120
CRASH_MARKERS = ("AddressSanitizer", "UndefinedBehaviorSanitizer", "runtime error:",
                 "Assertion", "Stack dump", "PLEASE submit a bug report", "terminate called",
                 "Segmentation fault")


class CaseFailure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CaseFailure(message)


class Run:
    def __init__(self, command, cwd):
        self.command = command
        try:
            proc = harness.capture(command, cwd=cwd, timeout=TIMEOUT, text=False)
        except subprocess.TimeoutExpired:
            raise CaseFailure(f"timed out after {TIMEOUT}s: {command}")
        self.code = proc.returncode
        self.stdout = proc.stdout.decode("utf-8", "replace")
        self.stderr = proc.stderr.decode("utf-8", "replace")
        print(f"$ {' '.join(command)}\nexit {self.code}")
        if self.stderr:
            print("stderr (first 40 lines):\n" + "\n".join(self.stderr.splitlines()[:40]))
        # Never a signal (negative code from subprocess, or 128+N from a shell).
        expect(self.code >= 0, f"killed by signal {-self.code}")
        expect(self.code < 128, f"exit code {self.code} (a crash)")
        for marker in CRASH_MARKERS:
            expect(marker not in self.stderr, f"crash marker {marker!r} on stderr")

    def stderr_lines(self):
        return [line for line in self.stderr.splitlines() if line.strip()]


class Case:
    def __init__(self, kbindgen, workdir):
        self.kbindgen = kbindgen
        self.workdir = workdir

    def write(self, name, content):
        path = os.path.join(self.workdir, name)
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(path, mode) as f:
            f.write(content)
        return path

    def run(self, *args):
        return Run([self.kbindgen] + list(args), self.workdir)

    def existing_output(self):
        """A previous output file with known bytes, in its own directory."""
        out_dir = os.path.join(self.workdir, "outdir")
        os.makedirs(out_dir, exist_ok=True)
        path = os.path.join(out_dir, "previous.rs")
        with open(path, "wb") as f:
            f.write(b"// previous output, must survive a failed run\npub const KEEP: u32 = 1;\n")
        return path

    def expect_untouched(self, path):
        with open(path, "rb") as f:
            expect(f.read() == b"// previous output, must survive a failed run\n"
                   b"pub const KEEP: u32 = 1;\n", "previous output file was modified")
        leftovers = sorted(os.listdir(os.path.dirname(path)))
        expect(leftovers == ["previous.rs"], f"stray files next to the output: {leftovers}")

    def expect_one_clear_line(self, run, codes, *needles):
        expect(run.code in codes, f"exit code {run.code}, expected one of {codes}")
        lines = run.stderr_lines()
        expect(1 <= len(lines) <= 2, f"expected one clear line on stderr, got {len(lines)}")
        for needle in needles:
            expect(needle in run.stderr, f"stderr does not mention {needle!r}")

    def expect_success(self, run, out_path):
        expect(run.code == 0, f"valid input: exit code {run.code}, expected 0")
        expect(os.path.isfile(out_path), "valid input: no output file written")
        with open(out_path, encoding="utf-8") as f:
            return f.read()


# Cases ----------------------------------------------------------------------

def case_syntax_error(c):
    header = c.write("syntax.h", "struct ok { int a; };\n\nint f(int a b);\n")
    out = c.existing_output()
    run = c.run(header, "-o", out)
    expect(run.code == 1, f"exit code {run.code}, expected 1")
    expect(re.search(r"syntax\.h:3:13: error: ", run.stderr),
           "no clang diagnostic `syntax.h:3:13: error:` (expected ')') on stderr")
    c.expect_untouched(out)


def case_syntax_error_unknown_type(c):
    header = c.write("unknown_type.h", "\n\nvoid f(no_such_type x);\n")
    out = c.existing_output()
    run = c.run(header, "-o", out)
    expect(run.code == 1, f"exit code {run.code}, expected 1")
    expect(re.search(r"unknown_type\.h:3:8: error: ", run.stderr),
           "no `unknown_type.h:3:8: error:` diagnostic")
    c.expect_untouched(out)


def case_missing_include(c):
    header = c.write("missing_include.h", '#include "does_not_exist.h"\nint f(void);\n')
    out = c.existing_output()
    run = c.run(header, "-o", out)
    expect(run.code == 1, f"exit code {run.code}, expected 1")
    expect(re.search(r"missing_include\.h:1:10: (fatal )?error: ", run.stderr),
           "no `missing_include.h:1:10: fatal error:` diagnostic")
    c.expect_untouched(out)


def case_missing_header(c):
    out = c.existing_output()
    run = c.run(os.path.join(c.workdir, "no_such_header.h"), "-o", out)
    c.expect_one_clear_line(run, (1, 2), "no_such_header.h")
    c.expect_untouched(out)


def case_unwritable_output_dir(c):
    header = c.write("fine.h", "struct fine { int a; };\n")
    run = c.run(header, "-o", "/nonexistent/dir/out.rs")
    c.expect_one_clear_line(run, (1, 2), "/nonexistent/dir")
    expect(run.code != 0, "exit code 0 for an unwritable output")


def case_output_is_directory(c):
    header = c.write("fine.h", "struct fine { int a; };\n")
    target = os.path.join(c.workdir, "a_directory")
    os.makedirs(target, exist_ok=True)
    run = c.run(header, "-o", target)
    c.expect_one_clear_line(run, (1, 2), "a_directory")
    expect(os.path.isdir(target), "the directory given as output was replaced")


def case_bad_regex(c):
    header = c.write("fine.h", "struct a { int x; };\n")
    out = c.existing_output()
    run = c.run(header, "--allowlist-type", "a(", "-o", out)
    c.expect_one_clear_line(run, (1, 2), "allowlist-type")
    c.expect_untouched(out)


def case_bad_regex_blocklist(c):
    header = c.write("fine.h", "int f(void);\n")
    run = c.run(header, "--blocklist-function", "[z", "-o", os.path.join(c.workdir, "o.rs"))
    c.expect_one_clear_line(run, (1, 2), "blocklist-function")


def case_unknown_option(c):
    header = c.write("fine.h", "struct a { int x; };\n")
    run = c.run(header, "--no-such-option", "-o", os.path.join(c.workdir, "o.rs"))
    expect(run.code == 2, f"exit code {run.code}, expected 2")
    expect("--no-such-option" in run.stderr, "stderr does not name the unknown option")
    expect(len(run.stderr_lines()) <= 3, "more than three lines for an unknown option")


def case_empty_header(c):
    header = c.write("empty.h", "")
    out = os.path.join(c.workdir, "empty.rs")
    text = c.expect_success(c.run(header, "-o", out), out)
    expect("pub struct" not in text and "pub fn" not in text, "items invented from nothing")


def case_only_comments(c):
    header = c.write("comments.h", "// nothing here\n/* nor here\n * at all */\n/** doc? */\n")
    out = os.path.join(c.workdir, "comments.rs")
    text = c.expect_success(c.run(header, "-o", out), out)
    expect("pub struct" not in text and "pub fn" not in text, "items invented from comments")


def case_deeply_nested(c):
    # 150 records nested by value do not compile (rustc's recursion limit is
    # 128): refused with one clear line naming the outermost record.
    depth = 150
    text = "".join(f"struct n{i} {{ int v{i};\n" for i in range(depth))
    text += "int innermost;\n"
    text += "".join(f"}} f{i};\n" for i in reversed(range(1, depth)))
    text += "};\n"
    header = c.write("nested.h", text)
    out = c.existing_output()
    run = c.run(header, "-o", out)
    c.expect_one_clear_line(run, (1,), "nested.h:1:8: struct 'n0' nests records and arrays "
                            "by value more than 100 deep")
    c.expect_untouched(out)
    # 100 levels are bound.
    depth = 100
    text = "".join(f"struct n{i} {{ int v{i};\n" for i in range(depth))
    text += "int innermost;\n"
    text += "".join(f"}} f{i};\n" for i in reversed(range(1, depth)))
    text += "};\n"
    header = c.write("nested100.h", text)
    out = os.path.join(c.workdir, "nested.rs")
    rust = c.expect_success(c.run(header, "-o", out), out)
    # C puts nested tags at file scope; bindgen names them parent_child.
    expect(re.search(rf"pub struct (\w+_)?n{depth - 1}\b", rust),
           f"innermost struct n{depth - 1} missing")
    expect("pub innermost:" in rust, "innermost field missing")


def case_deeply_nested_anonymous(c):
    depth = 60
    text = "struct top {\n" + "struct {\n" * depth + "int deep;\n" + "};\n" * depth + "};\n"
    header = c.write("anon_nested.h", text)
    out = os.path.join(c.workdir, "anon_nested.rs")
    rust = c.expect_success(c.run(header, "-o", out), out)
    expect("pub deep:" in rust, "field of the innermost anonymous struct missing")


def case_zero_length_array(c):
    header = c.write("zla.h", "struct z { int n; int a[0]; };\nstruct only { int a[0]; };\n")
    out = os.path.join(c.workdir, "zla.rs")
    rust = c.expect_success(c.run(header, "-o", out), out)
    expect("pub struct z " in rust and "pub struct only " in rust, "structs missing")


def case_thousand_fields(c):
    fields = "".join(f"  int field_{i};\n" for i in range(1000))
    header = c.write("wide.h", "struct wide {\n" + fields + "};\n")
    out = os.path.join(c.workdir, "wide.rs")
    rust = c.expect_success(c.run(header, "-o", out), out)
    expect("pub field_0:" in rust and "pub field_999:" in rust, "fields missing")
    expect(rust.count("pub field_") == 1000, "not exactly 1000 fields")


def case_huge_enum(c):
    variants = "".join(f"  HUGE_{i} = {i * 3},\n" for i in range(5000))
    header = c.write("huge.h", "enum huge {\n" + variants + "};\n")
    out = os.path.join(c.workdir, "huge.rs")
    rust = c.expect_success(c.run(header, "-o", out), out)
    expect(re.search(r"\bhuge_HUGE_4999: huge = 14997;", rust), "last variant missing or wrong")


def case_binary_garbage(c):
    rng = random.Random(20261124)
    garbage = bytes(rng.randrange(256) for _ in range(4096))
    header = c.write("garbage.h", garbage)
    out = c.existing_output()
    run = c.run(header, "-o", out)
    expect(run.code in (0, 1), f"exit code {run.code}, expected 0 or 1")
    if run.code == 1:
        c.expect_untouched(out)


def case_nul_bytes(c):
    header = c.write("nul.h", b"struct a { int x; };\0\0\0struct b { int y; };\n")
    run = c.run(header, "-o", os.path.join(c.workdir, "nul.rs"))
    expect(run.code in (0, 1), f"exit code {run.code}, expected 0 or 1")


def case_unterminated_comment(c):
    header = c.write("unterminated.h", "struct a { int x; };\n/* never closed\n")
    out = c.existing_output()
    run = c.run(header, "-o", out)
    expect(run.code in (0, 1), f"exit code {run.code}, expected 0 or 1")
    if run.code == 1:
        expect(re.search(r"unterminated\.h:\d+:\d+: error: ", run.stderr), "no diagnostic")
        c.expect_untouched(out)


def case_self_include(c):
    header = c.write("self.h", '#include "self.h"\nint f(void);\n')
    out = c.existing_output()
    run = c.run(header, "-o", out)
    expect(run.code == 1, f"exit code {run.code}, expected 1 (include nested too deeply)")
    expect(re.search(r"self\.h:1:10: (fatal )?error: ", run.stderr), "no diagnostic")
    c.expect_untouched(out)


def case_long_identifier(c):
    name = "x" * 5000
    header = c.write("long_ident.h", f"struct {name} {{ int {name}_f; }};\nint {name}_fn(void);\n")
    out = os.path.join(c.workdir, "long_ident.rs")
    rust = c.expect_success(c.run(header, "-o", out), out)
    expect(re.search(rf"pub struct {name}\b", rust), "long struct name missing")


def case_recursive_types(c):
    header = c.write("recursive.h",
                     "struct list { struct list *next; struct list *(*fn)(struct list *); };\n"
                     "typedef struct a a_t; struct b { a_t *a; }; struct a { struct b *b; };\n")
    out = os.path.join(c.workdir, "recursive.rs")
    rust = c.expect_success(c.run(header, "-o", out), out)
    expect("pub struct list " in rust and "pub struct a " in rust, "recursive structs missing")


CASES = {name[len("case_"):]: fn for name, fn in sorted(globals().items())
         if name.startswith("case_")}


def main(argv):
    if len(argv) == 2 and argv[1] == "--list":
        print(";".join(CASES))
        return 0
    if len(argv) != 4 or argv[3] not in CASES:
        print(__doc__)
        print("cases: " + ", ".join(CASES))
        return 2
    kbindgen, workdir, name = os.path.abspath(argv[1]), argv[2], argv[3]
    case_dir = os.path.abspath(os.path.join(workdir, name))
    shutil.rmtree(case_dir, ignore_errors=True)
    os.makedirs(case_dir)
    try:
        CASES[name](Case(kbindgen, case_dir))
    except CaseFailure as failure:
        print(f"FAIL {name}: {failure}")
        return 1
    print(f"ok {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Runtime test of --wrap-static-fns, end to end through the kbindgen binary.

  run_wrappers.py KBINDGEN SOURCE_DIR WORKDIR

1. runs `KBINDGEN inline_fns.h --experimental --wrap-static-fns
   --wrap-static-fns-path WORKDIR/extern --use-core -o WORKDIR/bindings.rs`
   twice and checks that both runs write the same bytes (bindings.rs and
   extern.c);
2. checks the pairing: every static function of the header but the variadic
   one is declared in Rust with `#[link_name = "NAME__extern"]`, and extern.c
   defines exactly those wrappers; the same for --wrap-static-fns-suffix and
   --wrap-static-fns-kernel-names (rust_helper_NAME);
3. compiles each C file with clang (CC) and the warnings the kernel makes
   errors (-Werror -Wall -Wextra -Wmissing-prototypes -Wstrict-prototypes,
   and -Wshadow of W=2); extern.o goes into libwrappers.a;
4. generates the wrappers of needs_constant.h, whose functions compile only
   when inlined with constants, and checks that find_failing_wrappers.py
   names exactly the two that fail;
5. compiles main.rs, which include!s the generated bindings.rs (no
   hand-written declaration or type), with rustc (RUSTC) and -D warnings
   against libwrappers.a, and runs it.
Passes only when every step passes and the program runs every check it
contains (its `t.check(` calls) with no failure.
"""

import os
import re
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402
from harness import Failures, run  # noqa: E402

KERNEL_WARNINGS = ["-std=gnu11", "-Werror", "-Wall", "-Wextra", "-Wmissing-prototypes",
                   "-Wstrict-prototypes", "-Wshadow"]
# A Rust declaration of a wrapped function: its link name and its Rust name.
RUST_DECLARATION = re.compile(r'#\[link_name = "([^"]+)"\]\s*pub fn (\w+)\(')
# Attributes come before the name in a C declaration (`__attribute__((x))`).
C_ATTRIBUTE = re.compile(r"__attribute__\s*\(\(.*?\)\)")


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def generate(kbindgen, header, workdir, rust_stem, c_stem, *extra):
    """Runs kbindgen once; returns the bytes of (RUST_STEM.rs, C_STEM.c)."""
    rust, wrappers = os.path.join(workdir, rust_stem + ".rs"), os.path.join(workdir, c_stem)
    for old in (rust, wrappers + ".c"):
        if os.path.exists(old):
            os.remove(old)
    proc = run([kbindgen, header, "--experimental", "--wrap-static-fns",
                "--wrap-static-fns-path", wrappers, "--use-core", *extra, "-o", rust])
    sys.stderr.write(proc.stderr)
    return read_bytes(rust), read_bytes(wrappers + ".c")


def header_static_functions(header):
    """Names of the functions the header defines `static` (one per line)."""
    names = []
    with open(header, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("static "):
                continue
            name = re.search(r"(\w+)\(", C_ATTRIBUTE.sub("", line))
            if name:
                names.append(name.group(1))
    return names


def rust_link_names(rust_text):
    """{Rust name: link name} of every declaration with a link_name."""
    return {name: link for link, name in RUST_DECLARATION.findall(rust_text)}


def c_wrapper_definitions(c_text, wrapper_pattern):
    """Names of the wrappers a C file defines (lines with a body)."""
    names = []
    for line in c_text.splitlines():
        if line.rstrip().endswith("}"):
            found = re.search(r"\b(" + wrapper_pattern + r")\(", line)
            if found:
                names.append(found.group(1))
    return names


def check_pairing(t, label, rust_text, c_text, expected_functions, wrapper_name,
                  wrapper_pattern):
    """The Rust side binds each expected function to wrapper_name(NAME), and the
    C file defines exactly those wrappers, once each."""
    links = rust_link_names(rust_text)
    t.expect(sorted(links) == sorted(expected_functions), f"{label}: Rust declares every "
             "wrappable static function with a link_name",
             f"missing {sorted(set(expected_functions) - set(links))}, "
             f"unexpected {sorted(set(links) - set(expected_functions))}")
    wrong = {name: link for name, link in links.items() if link != wrapper_name(name)}
    t.expect(not wrong, f"{label}: link names", f"{wrong}")
    defined = c_wrapper_definitions(c_text, wrapper_pattern)
    t.expect(sorted(defined) == sorted(set(links.values())),
             f"{label}: the C file defines exactly the linked wrappers",
             f"linked but not defined {sorted(set(links.values()) - set(defined))}, "
             f"defined but not linked {sorted(set(defined) - set(links.values()))}")


def compile_c(cc, source, obj, *flags):
    run([cc, "-O1", *flags, *KERNEL_WARNINGS, "-c", source, "-o", obj])
    print(f"ok {os.path.basename(source)} compiles with the kernel's warnings")


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    kbindgen = argv[1]
    source_dir, workdir = os.path.abspath(argv[2]), os.path.abspath(argv[3])
    os.makedirs(workdir, exist_ok=True)
    header = os.path.join(source_dir, "inline_fns.h")
    cc = harness.c_compiler()
    t = Failures()

    # Same output paths in both runs, so that the bytes may be compared.
    rust_bytes, c_bytes = generate(kbindgen, header, workdir, "bindings", "extern")
    rust_again, c_again = generate(kbindgen, header, workdir, "bindings", "extern")
    t.expect(rust_bytes == rust_again, "deterministic Rust", "two runs differ")
    t.expect(c_bytes == c_again, "deterministic C", "two runs differ")
    rust_text, c_text = rust_bytes.decode("utf-8"), c_bytes.decode("utf-8")

    statics = header_static_functions(header)
    t.expect("sum_va" in statics and len(statics) >= 30, "header scan finds the static "
             "functions", f"{statics}")
    wrappable = [name for name in statics if name != "sum_va"]
    t.expect(f'#include "{header}"' in c_text, "includes the header")
    t.expect("sum_va" not in c_wrapper_definitions(c_text, r"\w+")
             and "fn sum_va(" not in rust_text, "variadic neither wrapped nor declared")
    t.expect("__attribute__((__noreturn__)) void stop__extern(int __kbindgen_arg_0);"
             in c_text, "noreturn kept in C")
    t.expect(re.search(r'"stop__extern"\]\s*pub fn stop\([^)]*\) -> !;', rust_text)
             is not None, "noreturn kept in Rust")
    t.expect("void counter_reset__extern(void) { counter_reset(); }" in c_text, "void call")
    t.expect("int (*pick_op__extern(int __kbindgen_arg_0))(int, int);" in c_text,
             "function pointer result")
    check_pairing(t, "default", rust_text, c_text, wrappable,
                  lambda name: name + "__extern", r"\w+__extern")

    suffix_rust, suffix_c = (b.decode("utf-8") for b in generate(
        kbindgen, header, workdir, "suffix_bindings", "suffix_wrappers", "--wrap-static-fns-suffix", "_kbwrap"))
    check_pairing(t, "suffix", suffix_rust, suffix_c, wrappable,
                  lambda name: name + "_kbwrap", r"\w+_kbwrap")
    t.expect("__extern" not in suffix_c + suffix_rust, "suffix replaces __extern")

    kernel_rust, kernel_c = (b.decode("utf-8") for b in generate(
        kbindgen, header, workdir, "kernel_bindings", "kernel_wrappers", "--wrap-static-fns-kernel-names"))
    t.expect("int rust_helper_add(int __kbindgen_arg_0, int __kbindgen_arg_1) "
             "{ return add(__kbindgen_arg_0, __kbindgen_arg_1); }" in kernel_c,
             "kernel naming in C")
    t.expect('#[link_name = "rust_helper_add"]' in kernel_rust, "kernel naming in Rust")
    check_pairing(t, "kernel", kernel_rust, kernel_c, wrappable,
                  lambda name: "rust_helper_" + name, r"rust_helper_\w+")
    if t.count:
        print(f"FAIL: {t.count} checks of the generated text failed")
        return 1

    obj = os.path.join(workdir, "extern.o")
    compile_c(cc, os.path.join(workdir, "extern.c"), obj, "-fPIC")
    harness.static_library([obj], os.path.join(workdir, "libwrappers.a"))
    compile_c(cc, os.path.join(workdir, "suffix_wrappers.c"),
              os.path.join(workdir, "suffix_wrappers.o"))
    compile_c(cc, os.path.join(workdir, "kernel_wrappers.c"),
              os.path.join(workdir, "kernel_wrappers.o"))

    generate(kbindgen, os.path.join(source_dir, "needs_constant.h"), workdir,
             "needs_constant", "needs_constant")
    finder = run([sys.executable, os.path.join(source_dir, "find_failing_wrappers.py"),
                  os.path.join(workdir, "needs_constant.c"), "--", cc, "-O2",
                  *KERNEL_WARNINGS])
    failing = finder.stdout.split()
    if failing != ["needs_constant", "never_called"]:
        sys.stdout.write(finder.stderr)
        print(f"FAIL: find_failing_wrappers.py named {failing}")
        return 1
    print("ok find_failing_wrappers names the wrappers that need constants")

    main_rs = os.path.join(source_dir, "main.rs")
    shutil.copyfile(main_rs, os.path.join(workdir, "main.rs"))
    with open(main_rs, encoding="utf-8") as f:
        expected_checks = f.read().count("t.check(")
    exe = os.path.join(workdir, "wrappers_test")
    run([harness.rustc(), "--edition=2021", "-C", "debug-assertions=on", "-D", "warnings", "main.rs",
         "-L", workdir, "-l", "static=wrappers", "-o", exe], cwd=workdir)
    print("ok main.rs compiles against the generated bindings.rs and links")

    passed, failed = harness.run_checks_program(exe)
    if failed != 0 or passed != expected_checks:
        print(f"FAIL: {passed} passed, {failed} failed "
              f"(main.rs has {expected_checks} checks; all must pass)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

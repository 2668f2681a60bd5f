#!/usr/bin/env python3
"""Golden-corpus harness: regenerate, compare, compile and rustfmt-check.

Every test/golden/NAME.h is one construct family. Its first line may carry
flags: `// kbindgen-flags: OPTIONS -- CLANG ARGS` (shell quoting, no globbing).

Subcommands (KBINDGEN is the tool to run, WORKDIR a scratch directory):
  check   KBINDGEN HEADER WORKDIR   generate twice (without, then with the macro
                                    cache), require identical bytes and
                                    byte-for-byte equality with HEADER's .rs
  compile KBINDGEN HEADER WORKDIR   generate, wrap in a #![no_std] crate and
                                    compile with rustc (layout consts evaluated)
  rustfmt KBINDGEN HEADER WORKDIR   generate, `rustfmt --check` must be clean
  bless   KBINDGEN HEADER...        write HEADER's .rs and print what changed

Each subcommand exits 0 only when the fact it checks holds.
"""

import difflib
import os
import re
import shlex
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402
from harness import fail, generate, read_flags  # noqa: E402


def option_value(options, name):
    """Value of `--name V` or `--name=V` (last one wins), or None."""
    value = None
    for i, word in enumerate(options):
        if word == name and i + 1 < len(options):
            value = options[i + 1]
        elif word.startswith(name + "="):
            value = word[len(name) + 1:]
    return value


def option_values(options, name):
    values = []
    for i, word in enumerate(options):
        if word == name and i + 1 < len(options):
            values.append(options[i + 1])
        elif word.startswith(name + "="):
            values.append(word[len(name) + 1:])
    return values


def generate_or_fail(kbindgen, header, out_path):
    code, stderr = generate(kbindgen, header, out_path)
    if stderr.strip():
        sys.stderr.write(stderr.rstrip() + "\n")
    if code != 0:
        fail(f"{os.path.basename(header)}: generator exited with {code}")
    if not os.path.isfile(out_path):
        fail(f"{os.path.basename(header)}: generator exited 0 but wrote no {out_path}")
    with open(out_path, "rb") as f:
        return f.read()


def stem(header):
    return os.path.splitext(os.path.basename(header))[0]


def expected_path(header):
    return os.path.splitext(header)[0] + ".rs"


def show_diff(expected, actual, expected_name, actual_name):
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        expected_name, actual_name)
    sys.stdout.writelines(list(lines)[:400])


WARNING_MARKER = "// kbindgen-expect-warning"
# The compile test applies the kernel's RUST_CONST_HELPER_ renaming first.
KERNEL_SED_MARKER = "// kbindgen-apply-kernel-sed"


def check_diagnostics(header, stderr):
    """A header marked with WARNING_MARKER must draw at least one warning and
    no error; any other header must run silently."""
    name = stem(header)
    with open(header, encoding="utf-8") as f:
        wants_warning = WARNING_MARKER in f.read()
    lines = [line for line in stderr.splitlines() if line.strip()]
    if wants_warning:
        if not any("warning:" in line for line in lines):
            fail(f"{name}: expected a warning on stderr, got none")
        if any("error:" in line for line in lines):
            fail(f"{name}: error on stderr where only a warning is expected")
    elif lines:
        fail(f"{name}: unexpected output on stderr (first line: {lines[0]!r})")


def cmd_check(kbindgen, header, workdir):
    os.makedirs(workdir, exist_ok=True)
    name = stem(header)
    os.environ["KBINDGEN_CACHE_DIR"] = ""  # no macro cache
    code, stderr = generate(kbindgen, header, os.path.join(workdir, name + ".diag.rs"))
    sys.stderr.write(stderr)
    if code == 0:
        check_diagnostics(header, stderr)
    # Run 1 finds an empty macro cache and fills it, run 2 reads it: the
    # outputs must not tell the two apart.
    with tempfile.TemporaryDirectory(prefix="kbindgen-cache-") as cache:
        os.environ["KBINDGEN_CACHE_DIR"] = cache
        first = generate_or_fail(kbindgen, header, os.path.join(workdir, name + ".run1.rs"))
        second = generate_or_fail(kbindgen, header, os.path.join(workdir, name + ".run2.rs"))
    if first != second:
        show_diff(first, second, "run1", "run2")
        fail(f"{name}: the runs without and with the macro cache produced different "
             f"bytes (not deterministic)")
    expected_file = expected_path(header)
    if not os.path.isfile(expected_file):
        fail(f"{name}: no expected output {expected_file}; review the output and "
             f"bless it with scripts/bless-golden.sh")
    with open(expected_file, "rb") as f:
        expected = f.read()
    if expected != first:
        show_diff(expected, first, expected_file, name + ".run1.rs")
        fail(f"{name}: output differs from {os.path.basename(expected_file)}")
    print(f"ok {name}: {len(first)} bytes, deterministic, matches expected")


# Compile harness -----------------------------------------------------------

RECORD_RE = re.compile(
    r"#\[repr\(C[^\]]*\)\]\s*(?:#\[[^\]]*\]\s*)*pub (?:struct|union) (\w+) \{(.*?)\n\}",
    re.S)


def records_needing_layout_checks(text, raw_lines):
    """Names of the C records the output defines (helpers and opaque
    incomplete types excluded, as are types the raw lines define)."""
    raw_text = "\n".join(raw_lines)
    names = []
    for match in RECORD_RE.finditer(text):
        name, body = match.group(1), match.group(2)
        if name.startswith("__") or "<" in name:
            continue
        if "_unused: [u8; 0]" in body:
            continue  # incomplete type: no layout to check
        if re.search(r"\b%s\b" % re.escape(name), raw_text):
            continue
        names.append(name)
    return names


def ctypes_crate(options):
    """The crate a `--ctypes-prefix` names when it is not core/std/libc (the
    kernel's `ffi`), or None."""
    prefix = option_value(options, "--ctypes-prefix")
    if not prefix:
        return None
    root = prefix.lstrip(":").split("::")[0]
    return None if root in ("core", "std", "libc") else root


FIELD_RE = re.compile(r"^\s*pub (\w+):", re.M)


def fields_missing_offset_checks(text, records):
    """`record.field` pairs of the given records without an offset_of! check
    (generated helper fields excluded)."""
    missing = []
    bodies = {m.group(1): m.group(2) for m in RECORD_RE.finditer(text)}
    for record in records:
        for field in FIELD_RE.findall(bodies.get(record, "")):
            if field.startswith(("_bitfield_", "__bindgen_padding_", "_bindgen_opaque_blob",
                                 "__bindgen_align")):
                continue
            if f"offset_of!({record}, {field})" in text:
                continue
            # A long record name is aliased in its assertion block.
            alias = text.find(f"type __Record = {record};")
            block_end = text.find("};", alias)
            if alias < 0 or f"offset_of!(__Record, {field})" not in text[alias:block_end]:
                missing.append(f"{record}.{field}")
    return missing


def target_has_offset_of(options):
    """offset_of! is usable in consts from Rust 1.77."""
    target = option_value(options, "--rust-target")
    if not target:
        return True
    parts = re.match(r"(\d+)\.(\d+)", target)
    return not parts or (int(parts.group(1)), int(parts.group(2))) >= (1, 77)


def crate_prelude(options, text):
    """The lines put before the bindings to make a compilable no_std crate."""
    lines = [
        "#![no_std]",
        "#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case,",
        "         dead_code, improper_ctypes, unused)]",
    ]
    if "--use-core" not in options:
        # Without --use-core the bindings name ::std; link std explicitly.
        lines.append("extern crate std;")
    return "\n".join(lines) + "\n\n"


def cmd_compile(kbindgen, header, workdir):
    os.makedirs(workdir, exist_ok=True)
    name = stem(header)
    options, _ = read_flags(header)
    out_rs = os.path.join(workdir, name + ".compile.rs")
    text = generate_or_fail(kbindgen, header, out_rs).decode("utf-8", "replace")

    # Layout assertions must be compile-time items, present exactly when asked.
    if "--no-layout-tests" in options:
        if "size_of::<" in text or "offset_of!" in text:
            fail(f"{name}: --no-layout-tests given but the output has layout assertions")
    else:
        if "#[test]" in text:
            fail(f"{name}: layout checks are #[test] functions; expected "
                 f"compile-time `const _: () = ...` assertions")
        records = records_needing_layout_checks(text, option_values(options, "--raw-line"))
        # A long record name is aliased once (`type __Record = NAME;`).
        missing = [r for r in records if f"size_of::<{r}>()" not in text
                   and f"type __Record = {r};" not in text]
        if missing:
            fail(f"{name}: no size assertion for record(s) {', '.join(missing)}")
        if target_has_offset_of(options):
            missing = fields_missing_offset_checks(text, records)
            if missing:
                fail(f"{name}: no offset assertion for field(s) {', '.join(missing[:10])}")

    with open(header, encoding="utf-8") as f:
        if KERNEL_SED_MARKER in f.read():
            # rust/Makefile: sed -Ei 's/pub const RUST_CONST_HELPER_([a-zA-Z0-9_]*)/pub const \1/g'
            text = re.sub(r"pub const RUST_CONST_HELPER_([a-zA-Z0-9_]*)", r"pub const \1", text)

    crate = os.path.join(workdir, name + ".crate.rs")
    with open(crate, "w", encoding="utf-8") as f:
        f.write(crate_prelude(options, text))
        f.write(text)
    command = [harness.rustc(), "--crate-type=lib", "--edition=2021",
               "--emit=metadata", f"--crate-name=golden_{name}",
               "-o", os.path.join(workdir, f"lib{name}.rmeta"), crate]
    ffi = ctypes_crate(options)
    if ffi:
        # Mirror the kernel: the prefix names a crate re-exporting core::ffi.
        ffi_dir = os.path.join(workdir, name + ".deps")
        os.makedirs(ffi_dir, exist_ok=True)
        ffi_lib = harness.build_ffi_crate(ffi, os.path.join(ffi_dir, ffi + ".rs"),
                                          os.path.join(ffi_dir, f"lib{ffi}.rlib"))
        command += ["--extern", f"{ffi}={ffi_lib}"]
    proc = harness.capture(command)
    if proc.returncode != 0:
        sys.stdout.write(proc.stderr)
        fail(f"{name}: rustc rejected the bindings ({shlex.join(command)})")
    print(f"ok {name}: compiles as a no_std lib, layout assertions evaluated")


def cmd_rustfmt(kbindgen, header, workdir):
    os.makedirs(workdir, exist_ok=True)
    name = stem(header)
    out_rs = os.path.join(workdir, name + ".fmt.rs")
    generate_or_fail(kbindgen, header, out_rs)
    rustfmt = harness.rustfmt() or "rustfmt"
    proc = harness.capture([rustfmt, "--check", "--edition", "2021", out_rs])
    if proc.returncode != 0:
        sys.stdout.write((proc.stdout + proc.stderr)[:20000])
        fail(f"{name}: output is not rustfmt-clean")
    print(f"ok {name}: rustfmt-clean")


def compile_c(source, clang_args, cwd):
    """Runs clang -fsyntax-only on SOURCE; returns (exit code, diagnostics)."""
    proc = harness.capture([harness.c_compiler(), "-fsyntax-only", "-std=gnu11"] +
                           clang_args + [source], cwd=cwd)
    return proc.returncode, proc.stdout + proc.stderr


def cmd_constants(kbindgen, header, workdir):
    """clang checks every emitted macro constant against the header
    (--constant-checks), and rejects the file once a value is made wrong."""
    os.makedirs(workdir, exist_ok=True)
    name = stem(header)
    checks = os.path.abspath(os.path.join(workdir, name + ".checks.c"))
    out_rs = os.path.join(workdir, name + ".const.rs")
    code, stderr = generate(kbindgen, header, out_rs, ["--constant-checks", checks])
    if code != 0:
        sys.stderr.write(stderr)
        fail(f"{name}: generator exited with {code}")
    with open(checks, encoding="utf-8") as f:
        text = f.read()
    asserts = [line for line in text.splitlines() if line.startswith("_Static_assert(")]
    if not asserts:
        # Fine only when no macro became a constant (an allowlist left them out).
        with open(header, encoding="utf-8") as f:
            macros = set(re.findall(r"^#define\s+(\w+)", f.read(), re.M))
        with open(out_rs, encoding="utf-8") as f:
            emitted = set(re.findall(r"^pub const (\w+):", f.read(), re.M))
        if macros & emitted:
            fail(f"{name}: constants {sorted(macros & emitted)} are not checked")
        print(f"ok {name}: no macro constant is selected, none to check")
        return
    _, clang_args = read_flags(header)
    header_dir = os.path.dirname(os.path.abspath(header))
    code, diagnostics = compile_c(checks, clang_args, header_dir)
    if code != 0:
        sys.stdout.write(diagnostics[:20000])
        fail(f"{name}: clang rejects a constant's value")
    # The check must be able to fail: negate the first asserted constant
    # (`1 +` would not change an infinity, and a NaN check has no `==`).
    tampered = os.path.join(workdir, name + ".tampered.c")
    first = asserts[0]
    wrong = first.replace("_Static_assert(", "_Static_assert(!", 1)
    with open(tampered, "w", encoding="utf-8") as f:
        f.write(text.replace(first, wrong, 1))
    code, _ = compile_c(tampered, clang_args, header_dir)
    if code == 0:
        fail(f"{name}: a wrong value still compiled: {wrong}")
    print(f"ok {name}: {len(asserts)} constants proven by clang")


def cmd_bless(kbindgen, headers):
    workdir = os.environ.get("TMPDIR", "/tmp")
    status = 0
    summary = []
    for header in headers:
        name = stem(header)
        scratch = os.path.join(workdir, f"bless-{os.getpid()}-{name}.rs")
        code, stderr = generate(kbindgen, header, scratch)
        if code != 0 or not os.path.isfile(scratch):
            sys.stderr.write(stderr)
            summary.append(f"ERROR     {name}: generator exited {code}, not blessed")
            status = 1
            continue
        with open(scratch, "rb") as f:
            actual = f.read()
        os.remove(scratch)
        target = expected_path(header)
        old = open(target, "rb").read() if os.path.isfile(target) else None
        if old == actual:
            summary.append(f"unchanged {name}")
            continue
        with open(target, "wb") as f:
            f.write(actual)
        if old is None:
            lines = actual.count(b"\n")
            summary.append(f"new       {name}: {lines} lines")
        else:
            diff = list(difflib.unified_diff(old.decode().splitlines(),
                                             actual.decode().splitlines(), lineterm=""))
            added = sum(1 for l in diff if l.startswith("+") and not l.startswith("+++"))
            removed = sum(1 for l in diff if l.startswith("-") and not l.startswith("---"))
            summary.append(f"changed   {name}: +{added} -{removed}")
            print("\n".join(diff[:200]))
    print("\n".join(summary))
    print("Read every new or changed .rs before committing (git diff test/golden).")
    return status


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    command, kbindgen = argv[1], argv[2]
    if command == "bless":
        return cmd_bless(kbindgen, argv[3:])
    if len(argv) != 5:
        print(__doc__)
        return 2
    header, workdir = argv[3], argv[4]
    if not os.path.isfile(header):
        fail(f"no such header {header}")
    {"check": cmd_check, "compile": cmd_compile, "rustfmt": cmd_rustfmt,
     "constants": cmd_constants}[command](
        kbindgen, header, workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

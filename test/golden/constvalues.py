#!/usr/bin/env python3
"""Rust-side check of macro constants: the values Rust sees are C's.

  constvalues.py KBINDGEN HEADER WORKDIR

The constant-checks test proves in C that each `pub const` value equals the
macro. This one proves it from Rust, at run time: a C file compiled by clang
exports, per macro constant NAME, its value, its sign and its size
(`sizeof(NAME)`); a Rust program that includes the generated bindings reads
them as extern statics and compares them with `NAME`. The size is compared
for constants that carry their C type (not bindgen's literal typing, which
is u32/i32/u64/i64 by value alone). Strings are compared byte for byte.
The check must be able to fail: the run is repeated with one C value off by
one, and that run must fail.
"""

import json
import os
import re
import sys

import golden  # the compile harness' ctypes_crate and stem, beside this script

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402

CONST_RE = re.compile(r"^pub const (\w+): ([^=]+) = (.+);$", re.M)
# bindgen's typing of a literal: by value, not by C type (floats: f64).
# --fit-macro-constant-types adds u8, u16, i8 and i16.
# The types bindgen gives a macro by its value, whatever its C size (a float
# macro is a double: f64, or c_double with --no-convert-floats).
LITERAL_TYPES = {"u32", "i32", "u64", "i64", "u8", "u16", "i8", "i16", "f64",
                 "c_double"}


NEWTYPE_RE = re.compile(r"^pub struct (\w+)\(pub ([^;]+)\);$", re.M)


def value_expression(name, rust_type, rs_text):
    """The constant as a primitive: a newtype typedef (--new-type-alias)
    is unwrapped with `.0`, once per newtype its type goes through."""
    newtypes = dict(NEWTYPE_RE.findall(rs_text))
    expression = name
    while rust_type in newtypes:
        expression += ".0"
        rust_type = newtypes[rust_type].strip()
    return expression


def checked_constants(rs_text, checks_text):
    """(name, rust type, value expression) of every macro constant the checks
    file proves and the bindings define under the same name."""
    proven = set(re.findall(r"^_Static_assert\(\((\w+)\) == ", checks_text, re.M))
    proven |= set(re.findall(r"^_Static_assert\(sizeof\((\w+)\) == ", checks_text, re.M))
    proven |= set(re.findall(r"^_Static_assert\(__builtin_isnan\(\((\w+)\)\)", checks_text, re.M))
    return [(name, ty.strip(), value_expression(name, ty.strip(), rs_text))
            for name, ty, _ in CONST_RE.findall(rs_text) if name in proven]


def c_exports(header, constants, tamper):
    lines = [f'#include "{os.path.abspath(header)}"', ""]
    for index, (name, rust_type, _) in enumerate(constants):
        if rust_type.startswith("&"):
            lines.append(f"const char kb_str_{name}[sizeof({name})] = {name};")
            continue
        off = " + 1" if tamper and index == 0 else ""
        if rust_type in ("f32", "f64"):
            # `+ 1` would not change an infinity or a NaN.
            value = f"(0.25 + (({name}) == 0.25))" if off else f"(double)({name})"
            lines.append(f"const double kb_f_{name} = {value};")
        else:
            lines.append(f"const unsigned long long kb_u_{name} = "
                         f"(unsigned long long)({name}){off};")
            lines.append(f"const int kb_neg_{name} = ({name}) < 0;")
        lines.append(f"const unsigned long kb_size_{name} = sizeof({name});")
    return "\n".join(lines) + "\n"


def rust_main(bindings_path, constants):
    decls, checks = [], []
    for name, rust_type, value in constants:
        if rust_type.startswith("&"):
            # `&[u8; N]`: C's array has the same N bytes, NULs included.
            decls.append(f"    static kb_str_{name}: {rust_type[1:]};")
            checks.append(f"    check(\"{name}\", unsafe {{ &kb_str_{name}[..] }} == &{name}[..]);")
            continue
        decls.append(f"    static kb_size_{name}: core::ffi::c_ulong;")
        if rust_type in ("f32", "f64"):
            decls.append(f"    static kb_f_{name}: f64;")
            # Bit equality as well: a NaN equals nothing, not even itself.
            checks.append(f"    check(\"{name}\", {name} as f64 == unsafe {{ kb_f_{name} }} || "
                          f"({name} as f64).to_bits() == unsafe {{ kb_f_{name} }}.to_bits());")
        else:
            decls.append(f"    static kb_u_{name}: u64;")
            decls.append(f"    static kb_neg_{name}: core::ffi::c_int;")
            checks.append(f"    check(\"{name}\", {value} as u64 == unsafe {{ kb_u_{name} }});")
            checks.append(f"    check(\"{name} sign\", (({value} as i128) < 0) == "
                          f"(unsafe {{ kb_neg_{name} }} != 0));")
        if rust_type.split("::")[-1] not in LITERAL_TYPES:
            checks.append(f"    check(\"{name} size\", core::mem::size_of_val(&{name}) as u64 == "
                          f"unsafe {{ kb_size_{name} }} as u64);")
    return f"""#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case,
         dead_code, improper_ctypes, unused, clippy::all)]
mod bindings {{
    include!({json.dumps(bindings_path)});
}}
use bindings::*;

extern "C" {{
{chr(10).join(decls)}
}}

static mut FAILED: u32 = 0;
fn check(what: &str, ok: bool) {{
    if !ok {{
        eprintln!("mismatch: {{}}", what);
        unsafe {{ FAILED += 1 }};
    }}
}}

fn main() {{
{chr(10).join(checks)}
    let failed = unsafe {{ FAILED }};
    println!("{{}} constants, {{}} mismatches", {len(constants)}, failed);
    std::process::exit(if failed == 0 {{ 0 }} else {{ 1 }});
}}
"""


def build_and_run(workdir, name, header, constants, clang_args, ffi, tamper):
    tag = "tampered" if tamper else "real"
    c_path = os.path.join(workdir, f"{name}.values.{tag}.c")
    with open(c_path, "w", encoding="utf-8") as f:
        f.write(c_exports(header, constants, tamper))
    obj = os.path.join(workdir, f"{name}.values.{tag}.o")
    built = harness.capture([harness.c_compiler(), "-c", "-std=gnu11", "-w", *clang_args,
                             c_path, "-o", obj],
                            cwd=os.path.dirname(os.path.abspath(header)))
    if built.returncode != 0:
        sys.stdout.write(built.stderr[:5000])
        harness.fail(f"{name}: clang cannot compile the value exports")
    harness.static_library([obj], os.path.join(workdir, f"libkbvalues_{name}_{tag}.a"))
    main_rs = os.path.join(workdir, f"{name}.values.rs")
    with open(main_rs, "w", encoding="utf-8") as f:
        f.write(rust_main(os.path.join(workdir, f"{name}.values.bindings.rs"), constants))
    exe = os.path.join(workdir, f"{name}.values.{tag}")
    command = [harness.rustc(), "--edition=2021", f"--crate-name=values_{name}",
               "-o", exe, main_rs,
               "-L", workdir, "-l", f"static=kbvalues_{name}_{tag}"]
    if ffi:
        command += ffi
    compiled = harness.capture(command)
    if compiled.returncode != 0:
        sys.stdout.write(compiled.stderr[:10000])
        harness.fail(f"{name}: rustc rejects the constants program")
    return harness.capture([exe])


def ffi_crate_args(workdir, name, options):
    """--extern for the `ffi` crate a kernel-style --ctypes-prefix names."""
    ffi = golden.ctypes_crate(options)
    if not ffi:
        return None
    rlib = harness.build_ffi_crate(ffi, os.path.join(workdir, f"{name}.values.{ffi}.rs"),
                                   os.path.join(workdir, f"lib{ffi}.values.{name}.rlib"))
    return ["--extern", f"{ffi}={rlib}"]


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    kbindgen, header, workdir = argv[1:]
    os.makedirs(workdir, exist_ok=True)
    name = golden.stem(header)
    bindings = os.path.join(workdir, f"{name}.values.bindings.rs")
    checks = os.path.abspath(os.path.join(workdir, f"{name}.values.checks.c"))
    code, stderr = harness.generate(kbindgen, header, bindings, ["--constant-checks", checks])
    if code != 0:
        sys.stderr.write(stderr)
        harness.fail(f"{name}: generator exited with {code}")
    with open(bindings, encoding="utf-8") as f:
        rs_text = f.read()
    with open(checks, encoding="utf-8") as f:
        constants = checked_constants(rs_text, f.read())
    if not constants:
        print(f"ok {name}: no macro constant to check")
        return 0
    options, clang_args = harness.read_flags(header)
    ffi = ffi_crate_args(workdir, name, options)
    real = build_and_run(workdir, name, header, constants, clang_args, ffi, tamper=False)
    if real.returncode != 0:
        sys.stdout.write(real.stdout + real.stderr)
        harness.fail(f"{name}: Rust sees a value other than C's")
    tampered = build_and_run(workdir, name, header, constants, clang_args, ffi, tamper=True)
    if tampered.returncode == 0:
        harness.fail(f"{name}: a C value made wrong on purpose went unnoticed")
    print(f"ok {name}: {real.stdout.strip()} (Rust vs C at run time)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

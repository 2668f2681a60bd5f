#!/usr/bin/env python3
"""Runtime test of --wrap-static-fns on function-like macros (issue 16).

  run_macro_calls.py KBINDGEN SOURCE_DIR WORKDIR

1. runs `KBINDGEN macro_calls.h --experimental --wrap-static-fns
   --wrap-static-fns-kernel-names ...` twice: both runs write the same bytes;
2. the macros that are one call of a declared function (plain, with the
   parameters reordered, variadic through a statement-expression wrapper
   macro, through another macro) get exactly one wrapper each, which
   invokes the macro, and a Rust declaration under the macro's name with
   `#[link_name = "rust_helper_NAME"]` and the macro's parameter names;
3. the other macros (a statement, an undeclared callee, a static
   lock_class_key per call site, a wrapper that changes the result type, a
   parameter not passed on its own) get none, and --emit-ir gives each its
   reason, and each wrapped one its `macro_callee`; `explain` names the
   origin, also from the JSON IR read back;
4. without --wrap-static-fns no macro becomes a function;
5. the C wrappers and macro_calls_impl.c compile with the kernel's warnings
   as errors, and macro_calls.rs, which include!s the generated bindings,
   calls every wrapper and checks the results at run time.
"""

import json
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
WRAPPED = {"buf_fill": "buf_fill_nested", "scale_by": "scale_impl",
           "buf_resize": "buf_resize_noprof", "buf_clear": "buf_fill_nested"}
# The macros left alone, with a word their reason must contain.
REFUSED = {
    "buf_reset": "a statement",
    "buf_missing": "does not declare",
    "buf_lock_init": "lock_class_key` per call site; one wrapper would give every caller "
                     "the same key (callers pass a key of their own to buf_lock_init_key)",
    "buf_nonempty": "does not compile",
    "buf_len_twice": "parameter `b`",
}
RUST_DECLARATION = re.compile(r'#\[link_name = "([^"]+)"\]\s*pub fn (\w+)\(([^)]*)\)')


def read(path, mode="r"):
    with open(path, mode) as f:
        return f.read()


def generate(kbindgen, header, workdir, *extra):
    rust, wrappers, ir = (os.path.join(workdir, name)
                          for name in ("bindings.rs", "helpers", "ir.json"))
    for old in (rust, wrappers + ".c", ir):
        if os.path.exists(old):
            os.remove(old)
    run([kbindgen, header, "--experimental", "--wrap-static-fns",
         "--wrap-static-fns-kernel-names", "--wrap-static-fns-path", wrappers,
         "--use-core", "--emit-ir", ir, *extra, "-o", rust])
    return read(rust, "rb"), read(wrappers + ".c", "rb"), read(ir)


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    kbindgen = argv[1]
    source_dir, workdir = os.path.abspath(argv[2]), os.path.abspath(argv[3])
    os.makedirs(workdir, exist_ok=True)
    header = os.path.join(source_dir, "macro_calls.h")
    t = Failures()

    rust_bytes, c_bytes, ir_text = generate(kbindgen, header, workdir)
    rust_again, c_again, _ = generate(kbindgen, header, workdir)
    t.expect(rust_bytes == rust_again and c_bytes == c_again,
             "two runs write the same bytes")
    rust, c_text = rust_bytes.decode("utf-8"), c_bytes.decode("utf-8")

    defined = re.findall(r"^\S.*\brust_helper_(\w+)\(.*\) \{ .*\}$", c_text, re.M)
    t.expect(sorted(defined) == sorted(WRAPPED), "a wrapper for each macro that is one call",
             f"{defined}")
    for name in WRAPPED:
        t.expect(re.search(r"\{ return " + name + r"\(__kbindgen_arg_0[,)]", c_text)
                 is not None, f"{name}: the wrapper invokes the macro")
    t.expect("long rust_helper_scale_by(int __kbindgen_arg_0, long __kbindgen_arg_1)"
             in c_text, "scale_by: the macro's parameter order, the callee's types")
    declared = {name: (link, params) for link, name, params in RUST_DECLARATION.findall(rust)}
    t.expect(sorted(declared) == sorted(WRAPPED), "Rust declares each under the macro's name",
             f"{sorted(declared)}")
    t.expect(all(declared.get(name, ("",))[0] == "rust_helper_" + name for name in WRAPPED),
             "Rust links each to rust_helper_NAME")
    t.expect(declared.get("scale_by", ("", ""))[1].startswith("factor: "),
             "Rust parameters named as the macro's", f"{declared.get('scale_by')}")
    t.expect(declared.get("buf_resize", ("", ""))[1].split() == [
                 "b:", "*mut", "buf,", "size:", "::core::ffi::c_ulong,", "flags:",
                 "::core::ffi::c_uint,"],
             "a variadic macro takes the callee's parameters",
             f"{declared.get('buf_resize')}")

    ir = json.loads(ir_text)
    module = ir.get("module", ir)
    callees = {item["name"]: item["macro_callee"]
               for item in module["items"] if "macro_callee" in item}
    t.expect(callees == WRAPPED, "--emit-ir: macro_callee of each wrapped macro", f"{callees}")
    reasons = {m["name"]: m["reason"] for m in module["skipped_macros"]}
    for name, word in REFUSED.items():
        t.expect(word in reasons.get(name, ""), f"{name}: skipped with its reason",
                 f"{reasons.get(name)!r}")
    t.expect(not set(WRAPPED) & set(reasons), "a wrapped macro is no skipped macro")

    explained = run([kbindgen, "explain", "buf_resize", "--header", header,
                     "--experimental", "--wrap-static-fns"]).stdout
    t.expect("origin: a function-like macro whose expansion calls buf_resize_noprof"
             in explained, "explain names the origin", explained)

    read_back = run([kbindgen, "explain", "buf_resize", "--ir",
                     os.path.join(workdir, "ir.json")]).stdout
    t.expect("calls buf_resize_noprof" in read_back,
             "the origin survives the JSON IR read back", read_back)

    plain = os.path.join(workdir, "plain.rs")
    run([kbindgen, header, "--use-core", "-o", plain])
    t.expect(not any(f"fn {name}(" in read(plain) for name in WRAPPED),
             "without --wrap-static-fns no macro becomes a function")
    if t.count:
        print(f"FAIL: {t.count} checks of the generated text failed")
        return 1

    cc = harness.c_compiler()
    objects = []
    for source in (os.path.join(workdir, "helpers.c"),
                   os.path.join(source_dir, "macro_calls_impl.c")):
        obj = os.path.join(workdir, os.path.basename(source) + ".o")
        run([cc, "-O1", "-fPIC", "-I", source_dir, *KERNEL_WARNINGS, "-c", source,
             "-o", obj])
        objects.append(obj)
    print("ok the wrappers compile with the kernel's warnings")
    harness.static_library(objects, os.path.join(workdir, "libmacrocalls.a"))

    main_rs = os.path.join(source_dir, "macro_calls.rs")
    shutil.copyfile(main_rs, os.path.join(workdir, "macro_calls.rs"))
    expected_checks = read(main_rs).count("t.check(")
    exe = os.path.join(workdir, "macro_calls_test")
    run([harness.rustc(), "--edition=2021", "-D", "warnings", "macro_calls.rs",
         "-L", workdir, "-l", "static=macrocalls", "-o", exe], cwd=workdir)
    passed, failed = harness.run_checks_program(exe)
    if failed != 0 or passed != expected_checks:
        print(f"FAIL: {passed} passed, {failed} failed "
              f"(macro_calls.rs has {expected_checks} checks; all must pass)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Writes the input list of bench/bench.py (JSON on stdout).

Inputs: the kernel's bindings_helper.h and uapi_helper.h with the command
lines the kernel's make recorded (test/kernel/flags.sh), the synthetic headers
bench/run.sh generated, and Debian library headers that are installed.

For libclang 14 (bindgen-14) the kernel's clang arguments are changed as
test/kernel/oracle-clang-args.txt says (the kernel tree is configured for
clang 19); libclang 19 (kbindgen, the floor, bindgen-19) gets them unchanged.
bindgen gets --rust-target 1.47, the newest 0.60.1 knows.
"""
import argparse
import json
import os

LIBRARY_HEADERS = ["zlib.h", "sqlite3.h", "png.h", "libelf.h", "openssl/ssl.h"]


def read_args(path):
    with open(path) as f:
        return f.read().splitlines()


def split_recorded(args):
    """(header, generator options without -o, clang arguments)."""
    cut = args.index("--")
    gen, clang = args[1:cut], args[cut + 1:]
    options = []
    i = 0
    while i < len(gen):
        if gen[i] == "-o":
            i += 2
            continue
        options.append(gen[i])
        i += 1
    # The dependency file goes to the tool's output directory, not the tree.
    clang = ["-Wp,-MMD,{outdir}/out.d" if a.startswith("-Wp,-MMD,") else a for a in clang]
    return args[0], options, clang


def oracle_clang_args(clang, oracle_file):
    drop, add = set(), []
    for line in read_args(oracle_file):
        if line.startswith("drop "):
            drop.add(line[5:])
        elif line.startswith("add "):
            add.append(line[4:])
    return [a for a in clang if a not in drop] + add


def bindgen_options(options):
    out = list(options)
    for i, a in enumerate(out[:-1]):
        if a == "--rust-target":
            out[i + 1] = "1.47"
    return out


def post_command(record_dir, name):
    """rust/Makefile's sed on the output, with {out} for the output path."""
    path = os.path.join(record_dir, f"{name}.post")
    if not os.path.exists(path):
        return None
    text = open(path).read().strip()
    if not text:
        return None
    output = text.split()[-1]
    return text[: -len(output)] + "{out}"


def kernel_input(name, record_dir, oracle_file, cache):
    header, options, clang = split_recorded(read_args(os.path.join(record_dir, f"{name}.args")))
    return {"header": header, "cwd": cache, "gen_args": options,
            "bindgen_gen_args": bindgen_options(options), "clang_args": clang,
            "clang_args_14": oracle_clang_args(clang, oracle_file),
            "post": post_command(record_dir, name)}


def kernel_inputs(record_dir, oracle_file, cache):
    flags = [a for a in read_args(os.path.join(record_dir, "kbuild_rustflags.args"))
             if a.startswith(("--edition", "-D", "-W", "-A", "-F", "--cfg"))
             and a != "-Dwarnings"]
    flags.append("@" + os.path.join(cache, "include/generated/rustc_cfg"))
    bindings = kernel_input("bindings_generated", record_dir, oracle_file, cache)
    bindings["name"] = "kernel bindings_helper.h"
    helpers = kernel_input("bindings_helpers_generated", record_dir, oracle_file, cache)
    helpers["generated"] = "rust/bindings/bindings_helpers_generated.rs"
    bindings["rustc"] = {"crate": "bindings", "lib": "rust/bindings/lib.rs",
                         "generated": "rust/bindings/bindings_generated.rs",
                         "flags": flags, "deps": [["ffi", "rust/ffi.rs"]],
                         "extra": [helpers]}
    uapi = kernel_input("uapi_generated", record_dir, oracle_file, cache)
    uapi["name"] = "kernel uapi_helper.h"
    uapi["rustc"] = {"crate": "uapi", "lib": "rust/uapi/lib.rs",
                     "generated": "rust/uapi/uapi_generated.rs", "flags": flags,
                     "deps": [["ffi", "rust/ffi.rs"]]}
    return [bindings, uapi]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--work", required=True)
    ap.add_argument("--sizes", required=True)
    ap.add_argument("--quick", default="0")
    ap.add_argument("--kernel-cache", default="")
    ap.add_argument("--record-dir", default="")
    ap.add_argument("--oracle-args", required=True)
    args = ap.parse_args()

    inputs = []
    if args.record_dir:
        inputs += kernel_inputs(args.record_dir, args.oracle_args, args.kernel_cache)
    for n in args.sizes.split():
        inputs.append({"name": f"synthetic-{n}", "decls": int(n),
                       "header": f"{args.work}/inputs/synthetic-{n}.h",
                       # bindgen+rustfmt on 100k declarations takes minutes.
                       "rustfmt": int(n) <= 10000})
    for lib in LIBRARY_HEADERS:
        path = f"/usr/include/{lib}"
        if os.path.exists(path):
            inputs.append({"name": lib, "header": path})
    json.dump(inputs, __import__("sys").stdout, indent=1)


if __name__ == "__main__":
    main()

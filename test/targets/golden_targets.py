#!/usr/bin/env python3
"""Per-target golden compile: the golden corpus generated for a target and
compiled by rustc for that target, layout assertions on.

For every test/golden/*.h and test/targets/headers/*.h (cases that matter
across targets, e.g. 8-aligned types where u64 is 4-aligned; with the flags of its first line, see
test/golden/golden.py) kbindgen runs with `-- --target=<clang triple>`; the
output is wrapped as test/golden's compile step wraps it (a #![no_std] crate)
and checked by rustc `--target <rust triple>` against a `core` built for that
target (targets.py). rustc evaluates every `const _: () = assert!(...)`, so a
layout kbindgen claims that the target's Rust does not have is an error.

Expected failures are listed in expected-failures.txt (`TARGET HEADER KIND
REASON`, KIND `bug` for a known kbindgen bug, `target` for a header that is
not C for that target, e.g. `__int128` on a 32-bit one): such a header must
fail, and the test fails when a listed header passes (remove it from the
list) or an unlisted one fails. A header that includes a system header is
skipped on a target whose C library headers are not installed, and so is a
header whose output needs the real `std` (NEEDS_STD), which the `core`-only
sysroot here cannot give.

Usage:
  golden_targets.py KBINDGEN TARGET|all --cache DIR --work DIR [--header NAME...]
"""

import argparse
import glob
import os
import re
import shlex
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN_DIR = os.path.join(os.path.dirname(HERE), "golden")
sys.path.insert(0, GOLDEN_DIR)
import golden  # noqa: E402  (read_flags, crate_prelude, the kernel sed marker)
import targets  # noqa: E402

EXPECTED_FAILURES = os.path.join(HERE, "expected-failures.txt")
HEADER_DIRS = [GOLDEN_DIR, os.path.join(HERE, "headers")]
RUN_TIMEOUT = 120
# Goldens whose output names std items that are not re-exports of core.
NEEDS_STD = {
    "dynamic_loading": "its loader takes std::ffi::OsStr paths; the --use-core form, "
                       "dynamic_loading_require_all, is compiled for every target",
}


def read_expected_failures(path=EXPECTED_FAILURES):
    """{(target name, header stem): reason}; '#' starts a comment."""
    expected = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            words = line.split(None, 3)
            if len(words) < 4 or words[2] not in ("bug", "target"):
                raise targets.TargetError(
                    f"{path}:{number}: want TARGET HEADER bug|target REASON")
            target, header, kind, reason = words
            if target not in targets.BY_NAME:
                raise targets.TargetError(f"{path}:{number}: unknown target {target}")
            if not any(os.path.isfile(os.path.join(d, header + ".h")) for d in HEADER_DIRS):
                raise targets.TargetError(f"{path}:{number}: no header {header}.h in "
                                          f"test/golden or test/targets/headers")
            expected[(target, header)] = f"{kind}: {reason}"
    return expected


def generate(kbindgen, header, target, out_path):
    """Runs kbindgen on HEADER for TARGET; returns an error text or None."""
    options, clang_args = golden.read_flags(header)
    command = ([os.path.abspath(kbindgen), os.path.basename(header)] + options +
               ["-o", out_path, "--"] + clang_args + [f"--target={target.clang}"])
    if os.path.exists(out_path):
        os.remove(out_path)
    proc = targets.run(command, cwd=os.path.dirname(header), timeout=RUN_TIMEOUT)
    if proc.returncode != 0 or not os.path.isfile(out_path):
        return (f"kbindgen exited {proc.returncode}: {targets.first_error(proc.stderr)}\n"
                f"  command: {shlex.join(command)}")
    return None


TARGET_MARKER = re.compile(r"^// kbindgen-target-(expect|absent) (\w+): (.*)$", re.M)


def check_target_markers(header_text, target, output):
    """`// kbindgen-target-expect TARGET: TEXT` (or `-absent`) in a header:
    TEXT must (must not) be in the bindings for that target. Returns an error
    text or None."""
    for kind, name, wanted in TARGET_MARKER.findall(header_text):
        if name not in targets.BY_NAME:
            return f"unknown target {name} in a kbindgen-target-{kind} line"
        if name != target.name:
            continue
        if kind == "expect" and wanted not in output:
            return f"the bindings lack `{wanted}`"
        if kind == "absent" and wanted in output:
            return f"the bindings have `{wanted}`"
    return None


def compile_header(kbindgen, header, target, core_dir, work):
    """Generates and compiles HEADER for TARGET; returns an error text or None."""
    name = golden.stem(header)
    out_rs = os.path.join(work, name + ".rs")
    error = generate(kbindgen, header, target, out_rs)
    if error:
        return error
    options, _ = golden.read_flags(header)
    with open(out_rs, encoding="utf-8") as f:
        text = f.read()
    with open(header, encoding="utf-8") as f:
        header_text = f.read()
    error = check_target_markers(header_text, target, text)
    if error:
        return error
    if golden.KERNEL_SED_MARKER in header_text:
        text = re.sub(r"pub const RUST_CONST_HELPER_([a-zA-Z0-9_]*)", r"pub const \1", text)
    crate = os.path.join(work, name + ".crate.rs")
    with open(crate, "w", encoding="utf-8") as f:
        f.write(golden.crate_prelude(options, text))
        f.write(text)
    command = targets.rustc_check_command(target, core_dir, f"golden_{name}", crate, work)
    proc = targets.run(command, timeout=RUN_TIMEOUT)
    if proc.returncode != 0:
        return f"rustc: {targets.first_error(proc.stderr)}\n  command: {shlex.join(command)}"
    return None


def has_libc_headers(target):
    """Whether clang finds the C library's headers for TARGET."""
    proc = targets.run([targets.CLANG, "-fsyntax-only", f"--target={target.clang}",
                        "-x", "c", "-"], input="#include <stdint.h>\n")
    return proc.returncode == 0


def includes_system_header(header):
    with open(header, encoding="utf-8") as f:
        return re.search(r"^\s*#\s*include\s*<", f.read(), re.M) is not None


def check_target(kbindgen, target, cache, work, headers, expected):
    """Runs the corpus for one target; returns the number of problems."""
    core_dir, seconds = targets.ensure_core(cache, target)
    if seconds:
        print(f"{target.name}: built core in {seconds:.1f}s")
    work = os.path.join(work, target.name)
    os.makedirs(work, exist_ok=True)
    passed, expected_failed, problems, skipped = [], [], [], []
    libc = has_libc_headers(target)
    started = time.monotonic()
    for header in headers:
        name = golden.stem(header)
        if name in NEEDS_STD:
            skipped.append(name)
            print(f"SKIP  {target.name} {name}: needs std: {NEEDS_STD[name]}")
            continue
        if not libc and includes_system_header(header):
            skipped.append(name)
            print(f"SKIP  {target.name} {name}: no C library headers for {target.clang}")
            continue
        error = compile_header(kbindgen, header, target, core_dir, work)
        reason = expected.get((target.name, name))
        if error and reason:
            expected_failed.append(name)
            print(f"XFAIL {target.name} {name}: {reason}")
            print(f"      {error.splitlines()[0]}")
        elif error:
            problems.append(name)
            print(f"FAIL  {target.name} {name}: {error}")
        elif reason:
            problems.append(name)
            print(f"XPASS {target.name} {name}: passes now; remove it from "
                  f"{os.path.basename(EXPECTED_FAILURES)} (listed: {reason})")
        else:
            passed.append(name)
    print(f"{target.name} ({target.rust}, clang {target.clang}): {len(passed)} compile, "
          f"{len(expected_failed)} expected failures, {len(problems)} unexpected "
          f"results, {len(skipped)} skipped, of {len(headers)} headers in {time.monotonic() - started:.0f}s")
    return len(problems)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kbindgen")
    parser.add_argument("target", nargs="+", help="target names or 'all'")
    parser.add_argument("--cache", required=True, help="where core is built per target")
    parser.add_argument("--work", required=True, help="scratch directory")
    parser.add_argument("--header", action="append", default=[],
                        help="only this golden header (stem), repeatable")
    args = parser.parse_args(argv)
    headers = sorted(h for d in HEADER_DIRS for h in glob.glob(os.path.join(d, "*.h")))
    if args.header:
        headers = [h for h in headers if golden.stem(h) in args.header]
    try:
        expected = read_expected_failures()
        problems = 0
        for target in targets.select(args.target):
            problems += check_target(args.kbindgen, target, args.cache, args.work,
                                     headers, expected)
    except targets.TargetError as error:
        print(f"error: {error}")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Rust targets the kernel builds for, and `core` built for each of them.

Debian's rustc-web ships `core` for x86_64 only; for every other target we
build it from rust-web-src with the same rustc, as the kernel's rust/Makefile
does (RUSTC_BOOTSTRAP=1, edition 2024, `--cfg no_fp_fmt_parse`, the
KBUILD_RUSTFLAGS codegen options, `--sysroot=/dev/null`). The result is cached
per target under CACHE/<target>/ with a stamp naming rustc's version and the
flags, so a second call costs nothing.

Next to `core` each cache holds `compiler_builtins` (as rust/compiler_builtins.rs:
rustc wants one beside every no_std crate) and two crates the bindings may name:
`std_facade` (passed as `--extern std=`: a no_std facade re-exporting `core`, for output made without
`--use-core`, which names `::std::os::raw`) and `ffi` (the kernel's
`--ctypes-prefix ffi` crate, `pub use core::ffi::*`).

Commands:
  targets.py list                       the target names, one a line
  targets.py core NAME|all CACHE [--rlib]
                                        build (or reuse) core for the target(s)
                                        and print the time each build took
"""

import argparse
import dataclasses
import os
import shlex
import shutil
import subprocess
import sys
import time


@dataclasses.dataclass(frozen=True)
class Target:
    name: str  # short name used in test names and labels
    rust: str  # rustc --target
    clang: str  # clang --target=
    note: str = ""

    @property
    def big_endian(self):
        return "big-endian" in self.note


TARGETS = [
    Target("x86_64", "x86_64-unknown-linux-gnu", "x86_64-linux-gnu"),
    Target("i386", "i686-unknown-linux-gnu", "i386-linux-gnu", "u64 is 4-aligned"),
    Target("armv7", "armv7-unknown-linux-gnueabi", "arm-linux-gnueabi", "unsigned char"),
    Target("aarch64", "aarch64-unknown-linux-gnu", "aarch64-linux-gnu", "unsigned char"),
    Target("riscv64", "riscv64gc-unknown-linux-gnu", "riscv64-linux-gnu", "unsigned char"),
    Target("loongarch64", "loongarch64-unknown-linux-gnu", "loongarch64-linux-gnu"),
    Target("s390x", "s390x-unknown-linux-gnu", "s390x-linux-gnu", "big-endian"),
    Target("powerpc", "powerpc-unknown-linux-gnu", "powerpc-linux-gnu",
           "32-bit big-endian"),
    Target("powerpc64le", "powerpc64le-unknown-linux-gnu", "powerpc64le-linux-gnu"),
]
BY_NAME = {target.name: target for target in TARGETS}

RUN_TIMEOUT = 300  # seconds
CORE_TIMEOUT = 1800  # core takes 30 s of CPU, far longer on a loaded machine
CLANG = os.environ.get("CC") or shutil.which("clang-19") or "clang"

# Debian's rustc-web and the matching rust-web-src (same version: core must be
# built by the compiler that later reads it).
RUSTC = os.environ.get("KBINDGEN_TARGET_RUSTC", "/usr/bin/rustc")
CORE_SOURCE_CANDIDATES = [
    "/usr/lib/rustlib/src/rust/library/core/src/lib.rs",
    "/usr/src/rustc-1.96.0/library/core/src/lib.rs",
]

# rust/Makefile (6.12): rustc_library for core.o, KBUILD_RUSTFLAGS, core-cfgs.
CORE_FLAGS = [
    "--edition=2024", "--cfg", "no_fp_fmt_parse",
    "-Astable_features", "-Aunused_features", "-Aunexpected_cfgs",
    "-Cpanic=abort", "-Cembed-bitcode=n", "-Clto=n", "-Cforce-unwind-tables=n",
    "-Ccodegen-units=1", "-Csymbol-mangling-version=v0",
    "-Crelocation-model=static", "-Zfunction-sections=n", "-Copt-level=2",
    "--crate-type", "rlib", "--crate-name", "core", "--sysroot=/dev/null",
]

STD_FACADE = """#![no_std]
//! `::std` for bindings made without --use-core: core under std's name.
pub use core::*;
pub mod os {
    pub mod raw {
        pub use core::ffi::{
            c_char, c_double, c_float, c_int, c_long, c_longlong, c_schar, c_short, c_uchar,
            c_uint, c_ulong, c_ulonglong, c_ushort, c_void,
        };
    }
}
"""
FFI_CRATE = "#![no_std]\npub use core::ffi::*;\n"
# rust/compiler_builtins.rs: every no_std crate links one; metadata is enough.
COMPILER_BUILTINS_CRATE = """#![allow(internal_features)]
#![feature(compiler_builtins)]
#![compiler_builtins]
#![no_builtins]
#![no_std]
"""


class TargetError(Exception):
    pass


def bootstrap_env():
    env = dict(os.environ)
    env["RUSTC_BOOTSTRAP"] = "1"  # as the kernel: core needs nightly features
    return env


def run(command, cwd=None, timeout=RUN_TIMEOUT, input=None):
    """Runs COMMAND, returns the CompletedProcess (text output captured); a
    timeout or a missing program is a failed process, not an exception."""
    try:
        return subprocess.run(command, cwd=cwd, input=input, capture_output=True,
                              text=True, env=bootstrap_env(), timeout=timeout)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, 124, "",
                                           f"error: timed out after {timeout}s: {command[0]}")
    except OSError as error:
        return subprocess.CompletedProcess(command, 127, "", f"error: cannot run: {error}")


def first_error(text):
    """The first line that reads like an error (else the first line)."""
    lines = [line for line in text.splitlines() if "error" in line] or text.splitlines()
    return lines[0].strip() if lines else "(no message)"


def core_source():
    for candidate in CORE_SOURCE_CANDIDATES:
        if os.path.isfile(candidate):
            return candidate
    raise TargetError("no core sources: install rust-web-src "
                      f"(looked for {', '.join(CORE_SOURCE_CANDIDATES)})")


def rustc_version():
    proc = run([RUSTC, "--version"])
    if proc.returncode != 0:
        raise TargetError(f"cannot run {RUSTC}: {proc.stderr.strip()}")
    return proc.stdout.strip()


def target_dir(cache, target):
    return os.path.join(cache, target.rust)


def compile_crate(target, directory, name, source_text, emit):
    """Builds the one-file crate NAME from SOURCE_TEXT against the cached core."""
    source = os.path.join(directory, name + ".rs")
    with open(source, "w", encoding="utf-8") as f:
        f.write(source_text)
    proc = run([RUSTC, "--target", target.rust, "--edition=2021", "--crate-type", "rlib",
                "--crate-name", name, "--sysroot=/dev/null", "-L", directory,
                "-Cpanic=abort", "-Copt-level=2", f"--emit={emit}",
                "--out-dir", directory, source])
    if proc.returncode != 0:
        raise TargetError(f"{target.name}: cannot build the {name} crate:\n{proc.stderr}")


def ensure_core(cache, target, rlib=False):
    """Builds core (and the std facade and ffi crates) for TARGET into
    CACHE once; returns (directory, seconds spent, 0 when reused)."""
    directory = target_dir(cache, target)
    emit = "link,metadata" if rlib else "metadata"
    source = core_source()
    stamp_text = "\n".join([rustc_version(), source, emit, shlex.join(CORE_FLAGS)]) + "\n"
    stamp = os.path.join(directory, "stamp")
    if os.path.isfile(stamp):
        with open(stamp, encoding="utf-8") as f:
            if f.read() == stamp_text:
                return directory, 0.0
        os.remove(stamp)
    os.makedirs(directory, exist_ok=True)
    started = time.monotonic()
    command = [RUSTC, "--target", target.rust] + CORE_FLAGS + [
        f"--emit=metadata={os.path.join(directory, 'libcore.rmeta')}"]
    if rlib:
        command.append(f"--emit=link={os.path.join(directory, 'libcore.rlib')}")
    command.append(source)
    proc = run(command, timeout=CORE_TIMEOUT)
    if proc.returncode != 0:
        raise TargetError(f"{target.name}: building core failed "
                          f"({shlex.join(command)}):\n{proc.stderr[-4000:]}")
    compile_crate(target, directory, "compiler_builtins", COMPILER_BUILTINS_CRATE, emit)
    compile_crate(target, directory, "std_facade", STD_FACADE, emit)
    compile_crate(target, directory, "ffi", FFI_CRATE, emit)
    seconds = time.monotonic() - started
    with open(stamp, "w", encoding="utf-8") as f:
        f.write(stamp_text)
    return directory, seconds


def library(directory, name):
    """The rlib of crate NAME in DIRECTORY, or its rmeta when only metadata
    was built."""
    rlib = os.path.join(directory, f"lib{name}.rlib")
    return rlib if os.path.isfile(rlib) else os.path.join(directory, f"lib{name}.rmeta")


def rustc_check_command(target, core_dir, crate_name, source, out_dir):
    """rustc checking SOURCE as a no_std library for TARGET (metadata only:
    enough to evaluate every const layout assertion)."""
    return [RUSTC, "--target", target.rust, "--crate-type=lib", "--edition=2021",
            "--emit=metadata", f"--crate-name={crate_name}", "--sysroot=/dev/null",
            "-L", core_dir, "--extern", f"std={library(core_dir, 'std_facade')}",
            "--extern", f"ffi={library(core_dir, 'ffi')}",
            "-o", os.path.join(out_dir, f"lib{crate_name}.rmeta"), source]


def select(names):
    """Targets named in NAMES ('all' for every one)."""
    if names == ["all"]:
        return list(TARGETS)
    unknown = [name for name in names if name not in BY_NAME]
    if unknown:
        raise TargetError(f"unknown target(s) {', '.join(unknown)}; known: "
                          f"{', '.join(BY_NAME)}")
    return [BY_NAME[name] for name in names]


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list")
    core = sub.add_parser("core")
    core.add_argument("target", nargs="+")
    core.add_argument("--cache", required=True)
    core.add_argument("--rlib", action="store_true",
                      help="also build the object code (libcore.rlib), not only metadata")
    args = parser.parse_args(argv)
    if args.command == "list":
        print("\n".join(f"{t.name}\t{t.rust}\t{t.clang}\t{t.note}" for t in TARGETS))
        return 0
    try:
        for target in select(args.target):
            directory, seconds = ensure_core(args.cache, target, args.rlib)
            state = f"built in {seconds:.1f}s" if seconds else "up to date"
            print(f"{target.name}: core {state} in {directory}")
    except TargetError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""What every Python test driver of test/ shares: running a command, failing,
finding the compilers, reading a golden header's flag line, running kbindgen
on it, building the kernel's `ffi` crate and reading a test program's
`N passed, M failed` line.

Every script finds this module the same way, with one line relative to its
own file (so that ctest, the shell scripts and a person at the prompt all run
it alike):

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    os.pardir, "support"))
    import harness  # noqa: E402
"""

import os
import re
import shlex
import shutil
import subprocess
import sys

FLAGS_PREFIX = "// kbindgen-flags:"
GENERATE_TIMEOUT = 120
PROGRAM_TIMEOUT = 60
FFI_CRATE_SOURCE = "#![no_std]\npub use core::ffi::*;\n"


class Failures:
    """Counts failed expectations and prints `ok WHAT` or `FAIL WHAT: DETAIL`
    for each, so a script can report every failure before it exits."""

    def __init__(self):
        self.count = 0

    def expect(self, condition, what, detail=""):
        if condition:
            print(f"ok {what}")
        else:
            self.count += 1
            print(f"FAIL {what}" + (f": {detail}" if detail else ""))
        return condition


def fail(message):
    """Ends the test: prints `FAIL: MESSAGE` and exits 1."""
    print(f"FAIL: {message}")
    sys.exit(1)


def capture(command, cwd=None, timeout=None, text=True):
    """Runs COMMAND and returns its CompletedProcess, whatever its exit code.
    TEXT=False keeps the output as bytes (no newline translation)."""
    return subprocess.run(command, cwd=cwd, capture_output=True, text=text,
                          timeout=timeout)


def run(command, cwd=None, codes=(0,), timeout=None, text=True):
    """capture(), and the test fails (with the command's output) when the exit
    code is not one of CODES."""
    proc = capture(command, cwd=cwd, timeout=timeout, text=text)
    if proc.returncode not in codes:
        output = proc.stdout + proc.stderr
        if not text:
            output = output.decode("utf-8", "replace")
        sys.stdout.write(output)
        fail(f"{shlex.join(command)} exited {proc.returncode}")
    return proc


# Tools ---------------------------------------------------------------------

def c_compiler():
    return os.environ.get("CC") or shutil.which("clang-19") or shutil.which("clang") or "clang"


def archiver():
    return shutil.which("llvm-ar-19") or shutil.which("ar") or "ar"


def rustc():
    return os.environ.get("RUSTC") or shutil.which("rustc") or "rustc"


def rustfmt():
    """The rustfmt to use, or None when there is none."""
    return os.environ.get("RUSTFMT") or shutil.which("rustfmt")


def build_ffi_crate(crate_name, source, rlib):
    """Writes and compiles the kernel's `ffi` crate (a re-export of core::ffi)
    that `--ctypes-prefix ffi` bindings name; returns RLIB."""
    with open(source, "w", encoding="utf-8") as f:
        f.write(FFI_CRATE_SOURCE)
    run([rustc(), "--crate-type=rlib", "--edition=2021", f"--crate-name={crate_name}",
         "-o", rlib, source])
    return rlib


def static_library(objects, lib):
    """Archives OBJECTS into LIB, made afresh."""
    if os.path.exists(lib):
        os.remove(lib)
    run([archiver(), "rcs", lib, *objects])
    return lib


# Headers and kbindgen --------------------------------------------------------

def read_flag_line(header, prefix):
    """(words before `--`, words after it) of HEADER's first line when it
    starts with PREFIX (shell quoting), else None."""
    with open(header, encoding="utf-8") as f:
        first = f.readline().strip()
    if not first.startswith(prefix):
        return None
    words = shlex.split(first[len(prefix):])
    if "--" in words:
        cut = words.index("--")
        return words[:cut], words[cut + 1:]
    return words, []


def read_flags(header):
    """(options, clang_args) from the header's `// kbindgen-flags:` line."""
    return read_flag_line(header, FLAGS_PREFIX) or ([], [])


def generate(kbindgen, header, out_path, extra_options=()):
    """Runs kbindgen on HEADER (from its own directory) into OUT_PATH, with
    the header's flags plus EXTRA_OPTIONS.

    Returns (exit code, stderr text)."""
    options, clang_args = read_flags(header)
    options = options + list(extra_options)
    if os.sep in kbindgen:
        kbindgen = os.path.abspath(kbindgen)  # we run from the header's directory
    header_dir = os.path.dirname(os.path.abspath(header))
    command = [kbindgen, os.path.basename(header)] + options + ["-o", out_path]
    if clang_args:
        command += ["--"] + clang_args
    if os.path.exists(out_path):
        os.remove(out_path)
    try:
        proc = capture(command, cwd=header_dir, timeout=GENERATE_TIMEOUT)
    except subprocess.TimeoutExpired:
        return 124, f"timed out after {GENERATE_TIMEOUT}s: {shlex.join(command)}"
    except OSError as error:
        return 127, f"cannot run {kbindgen}: {error}"
    stderr = proc.stderr
    if proc.returncode != 0:
        stderr += f"\ncommand: {shlex.join(command)} (exit {proc.returncode})"
    return proc.returncode, stderr


# Test programs -----------------------------------------------------------------

SUMMARY_LINE = re.compile(r"^(\d+) passed, (\d+) failed$", re.M)


def run_checks_program(exe, cwd=None):
    """Runs a test program that ends with `N passed, M failed`, echoes its
    output and returns (N, M); the test fails when it exits non-zero or
    prints no such line."""
    name = os.path.basename(exe)
    proc = capture([exe], cwd=cwd, timeout=PROGRAM_TIMEOUT)
    sys.stdout.write(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        fail(f"{name} exited {proc.returncode}")
    summary = SUMMARY_LINE.search(proc.stdout)
    if not summary:
        fail(f"{name} printed no summary line")
    return int(summary.group(1)), int(summary.group(2))

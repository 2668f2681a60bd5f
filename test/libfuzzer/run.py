#!/usr/bin/env python3
"""Builds and runs kbindgen's libFuzzer targets (test/libfuzzer).

  run.py build --source DIR --build DIR [--launcher ccache]
      configures DIR with clang-19 and -DKBINDGEN_LIBFUZZER=ON and builds it.
  run.py fuzz --build DIR --kbindgen KBINDGEN --work DIR --seconds N TARGET...
      for each target: makes its seed corpus (from the golden headers, their
      IR dumps, the safe rules files, the option sets of the tests), replays
      its regression inputs (test/libfuzzer/regressions/TARGET), then fuzzes
      for N seconds. A crash fails the run and leaves its input in
      WORK/artifacts; once fixed, the input goes into regressions/TARGET.

Each run appends `target seconds executions result` to WORK/stats.tsv.
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "test", "support"))
from harness import read_flags  # noqa: E402

GOLDEN = os.path.join(ROOT, "test", "golden")

# Per target: the longest input (libFuzzer's -max_len) and the time one
# input may take (-timeout, seconds).
LIMITS = {
    "regex": (512, 10),
    "macro_literals": (256, 10),
    "safe_rules": (8192, 10),
    "command_line": (2048, 10),
    "ir_reader": (65536, 20),
    "pipeline": (8192, 30),
}


def golden_headers():
    return sorted(glob.glob(os.path.join(GOLDEN, "*.h")))


def write_seed(directory, name, text):
    with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
        f.write(text)


def read_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def seeds_pipeline(out, args):
    for header in golden_headers() + [os.path.join(ROOT, "examples", "sensor.h")]:
        shutil.copy(header, out)


def seeds_ir_reader(out, args):
    """The IR dump of every golden header, made by the normal build."""
    for header in golden_headers():
        options, clang_args = read_flags(header)
        dump = os.path.join(out, os.path.basename(header)[:-2] + ".json")
        command = [args.kbindgen, os.path.basename(header)] + options + [
            "-o", os.devnull, "--emit-ir", dump]
        if clang_args:
            command += ["--"] + clang_args
        subprocess.run(command, cwd=GOLDEN, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120, check=False)
        if os.path.exists(dump) and os.path.getsize(dump) > LIMITS["ir_reader"][0]:
            os.remove(dump)


def seeds_safe_rules(out, args):
    for rules in glob.glob(os.path.join(ROOT, "test", "safe", "**", "*rules*.json"),
                           recursive=True):
        name = os.path.relpath(rules, ROOT).replace(os.sep, "_")
        shutil.copy(rules, os.path.join(out, name))


def option_sets():
    """The option lines of the golden headers, as argument lists."""
    for header in golden_headers():
        options, clang_args = read_flags(header)
        if options or clang_args:
            yield os.path.basename(header)[:-2], options, clang_args


def seeds_command_line(out, args):
    for name, options, clang_args in option_sets():
        words = options + ["h.h"] + (["--"] + clang_args if clang_args else [])
        write_seed(out, name, "\n".join(words))
    write_seed(out, "explain", "\n".join(["struct foo", "--ir", "x.json", "--json"]))
    write_seed(out, "layout", "\n".join(["foo", "--header", "h.h", "--", "-DX=1"]))
    write_seed(out, "diff", "\n".join(["old.h", "new.h", "--json"]))


REGEX_OPTION = re.compile(r"^--(allowlist|blocklist|opaque|no-|with-|rustified|"
                          r"constified|bitfield|newtype|safe-allowlist)")
IDENTIFIER = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")


def seeds_regex(out, args):
    for header in golden_headers():
        options, _ = read_flags(header)
        patterns = [value for option, value in zip(options, options[1:])
                    if REGEX_OPTION.match(option) and not value.startswith("--")]
        if not patterns:
            continue
        names = sorted(set(IDENTIFIER.findall(read_text(header))))[:16]
        name = os.path.basename(header)[:-2]
        write_seed(out, name, "\n".join(patterns[:8] + [""] + names))


DEFINE = re.compile(r"^\s*#\s*define\s+\w+(\([^)]*\))?[ \t]+(.+)$", re.MULTILINE)


def seeds_macro_literals(out, args):
    bodies = set()
    for header in golden_headers():
        for match in DEFINE.finditer(read_text(header)):
            bodies.add(match.group(2).strip())
    for index, body in enumerate(sorted(bodies)):
        write_seed(out, f"define{index:04d}", body)


SEEDERS = {
    "regex": seeds_regex,
    "macro_literals": seeds_macro_literals,
    "safe_rules": seeds_safe_rules,
    "command_line": seeds_command_line,
    "ir_reader": seeds_ir_reader,
    "pipeline": seeds_pipeline,
}


def fuzzer_binary(build, target):
    return os.path.join(build, "test", "libfuzzer", "fuzz_" + target)


def command_build(args):
    env = dict(os.environ, CC="clang-19", CXX="clang++-19")
    configure = ["cmake", "-S", args.source, "-B", args.build, "-G", "Ninja",
                 "-DKBINDGEN_LIBFUZZER=ON", "-DCMAKE_BUILD_TYPE=RelWithDebInfo"]
    if args.launcher:
        configure += [f"-DCMAKE_C_COMPILER_LAUNCHER={args.launcher}",
                      f"-DCMAKE_CXX_COMPILER_LAUNCHER={args.launcher}"]
    subprocess.run(configure, env=env, check=True, stdout=subprocess.DEVNULL)
    jobs = os.environ.get("KBINDGEN_FUZZ_JOBS", str(os.cpu_count() or 2))
    subprocess.run(["ninja", "-C", args.build, "-j", jobs], env=env, check=True)
    return 0


def libfuzzer_env():
    env = dict(os.environ)
    # libclang leaks a little on purpose (its global state); the pipeline
    # target is about crashes and UB, the leak check would only cry wolf.
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0:abort_on_error=1")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    return env


def replay(binary, target):
    regressions = sorted(glob.glob(os.path.join(HERE, "regressions", target, "*")))
    if not regressions:
        return True
    proc = subprocess.run([binary] + regressions, env=libfuzzer_env(),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors="replace", check=False)
    if proc.returncode != 0:
        print(proc.stdout[-20000:])
        print(f"libfuzzer {target}: a regression input fails again")
        return False
    print(f"libfuzzer {target}: {len(regressions)} regression inputs replayed")
    return True


def fuzz_one(args, target):
    binary = fuzzer_binary(args.build, target)
    if not os.path.exists(binary):
        print(f"libfuzzer {target}: no {binary} (run.py build first)")
        return False
    if not replay(binary, target):
        return False
    seeds = os.path.join(args.work, "seeds", target)
    stamp = os.path.join(seeds, ".made")
    if not os.path.exists(stamp) or os.path.getmtime(stamp) < os.path.getmtime(args.kbindgen):
        shutil.rmtree(seeds, ignore_errors=True)
        os.makedirs(seeds)
        SEEDERS[target](seeds, args)
        open(stamp, "w").close()
    corpus = os.path.join(args.work, "corpus", target)
    artifacts = os.path.join(args.work, "artifacts")
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(artifacts, exist_ok=True)
    max_len, timeout = LIMITS[target]
    dirs = [corpus, seeds]
    for kept in ("seeds", "regressions"):
        path = os.path.join(HERE, kept, target)
        if os.path.isdir(path):
            dirs.append(path)
    command = [binary, f"-max_total_time={args.seconds}", f"-timeout={timeout}",
               f"-max_len={max_len}", "-rss_limit_mb=4096", "-print_final_stats=1",
               f"-artifact_prefix={artifacts}/{target}-"] + dirs
    started = time.monotonic()
    log_path = os.path.join(args.work, f"{target}.log")
    with open(log_path, "w") as log:
        proc = subprocess.run(command, env=libfuzzer_env(), stdout=log,
                              stderr=subprocess.STDOUT, check=False)
    seconds = time.monotonic() - started
    log_text = read_text(log_path)
    execs = re.search(r"stat::number_of_executed_units:\s*(\d+)", log_text)
    execs = int(execs.group(1)) if execs else 0
    result = "ok" if proc.returncode == 0 else f"failed({proc.returncode})"
    with open(os.path.join(args.work, "stats.tsv"), "a") as stats:
        stats.write(f"{target}\t{seconds:.0f}\t{execs}\t{result}\n")
    print(f"libfuzzer {target}: {execs} executions in {seconds:.0f} s: {result}")
    if proc.returncode != 0:
        print(log_text[-20000:])
        print(f"libfuzzer {target}: the input is in {artifacts}; once the bug is "
              f"fixed, add it to test/libfuzzer/regressions/{target}/")
        return False
    return True


def command_fuzz(args):
    args.kbindgen = os.path.abspath(args.kbindgen)
    unknown = [t for t in args.targets if t not in SEEDERS]
    if unknown:
        print(f"run.py: unknown target(s) {unknown}; known: {sorted(SEEDERS)}")
        return 2
    ok = True
    for target in args.targets or sorted(SEEDERS):
        ok = fuzz_one(args, target) and ok
    return 0 if ok else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build")
    build.add_argument("--source", default=ROOT)
    build.add_argument("--build", required=True)
    build.add_argument("--launcher", default="")
    fuzz = sub.add_parser("fuzz")
    fuzz.add_argument("--build", required=True)
    fuzz.add_argument("--kbindgen", required=True)
    fuzz.add_argument("--work", required=True)
    fuzz.add_argument("--seconds", type=int, default=60)
    fuzz.add_argument("targets", nargs="*")
    args = parser.parse_args()
    return command_build(args) if args.command == "build" else command_fuzz(args)


if __name__ == "__main__":
    sys.exit(main())

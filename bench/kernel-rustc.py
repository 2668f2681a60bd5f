#!/usr/bin/env python3
"""rustc's time on the kernel's `bindings` crate, per generator (issue 19).

Takes a 6.12 tree built by Kbuild (e.g. test/kernel-build's, with
BINDGEN=kbindgen) and replays, outside the tree, the two commands Kbuild
saved in its .cmd files:

 1 rust/bindings/.bindings_generated.rs.cmd and
   .bindings_helpers_generated.rs.cmd (the generator and the Makefile's sed),
   once per generator, with the generator swapped and every output moved
   under WORK/GENERATOR/;
 2 rust/.bindings.o.cmd, the real `rust/bindings.o` step (codegen, not only
   metadata), with OBJTREE pointing at WORK/GENERATOR so that lib.rs's
   include! reads that generator's files, and the outputs moved there too.

Step 2 is timed in pairs, A B A B ..., with the operating system's
accounting of each finished rustc (wait4), and the ratio is taken pair by
pair. Then one `-Ztime-passes` run per generator says where rustc's time
goes, and a count of the output's items says what each generator wrote.

The tree is only read. Usage:
  kernel-rustc.py --tree LINUX --kbindgen KBINDGEN [--bindgen SHIM] [--runs N]
"""
import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BINDGEN = os.path.join(HERE, "..", "test", "kernel-build",
                               "bindgen-0.60.1-shim.sh")
GENERATED = ["rust/bindings/bindings_generated.rs",
             "rust/bindings/bindings_helpers_generated.rs"]


def saved_command(tree, cmd_file):
    """The shell command of a Kbuild .cmd file (its `savedcmd_X := ...`)."""
    with open(os.path.join(tree, cmd_file)) as f:
        first = f.readline()
    _, sep, command = first.partition(":=")
    if not sep:
        sys.exit(f"kernel-rustc.py: error: {cmd_file} has no saved command")
    # Kbuild writes it as a make assignment: `#` as $(pound), `$` as $$.
    return command.strip().replace("$(pound)", "#").replace("$$", "$")


def generator_command(tree, generated, generator, out_dir):
    """The saved generator command for GENERATED, run by GENERATOR, writing
    under OUT_DIR (its outputs, temporaries and depfile)."""
    command = saved_command(tree, os.path.join(os.path.dirname(generated),
                                               "." + os.path.basename(generated) + ".cmd"))
    _, rest = command.split(None, 1)  # the first word is the tree's BINDGEN
    directory, name = os.path.split(generated)
    for prefix in (f"{directory}/{name}", f"{directory}/.{name}"):
        rest = rest.replace(prefix, os.path.join(out_dir, os.path.relpath(prefix)))
    return shlex.quote(generator) + " " + rest


def rustc_command(tree, objtree):
    """The saved rust/bindings.o command, reading OBJTREE's generated files
    and writing its dep-info, object and metadata there."""
    command = saved_command(tree, "rust/.bindings.o.cmd")
    command = re.sub(r"\bOBJTREE=\S+", "OBJTREE=" + shlex.quote(objtree), command)
    return re.sub(r"--emit=([a-z-]+)=(\S+)",
                  lambda m: f"--emit={m.group(1)}=" +
                  shlex.quote(os.path.join(objtree, m.group(2))), command)


def run_timed(command, tree, env):
    """(wall s, CPU s) of one `sh -c COMMAND` and its children."""
    start = time.monotonic()
    proc = subprocess.Popen(["sh", "-c", command], cwd=tree, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode(errors="replace")
    if proc.returncode != 0:
        sys.exit(f"kernel-rustc.py: error: exit {proc.returncode}: {command[:200]}...\n"
                 + stderr[-3000:])
    return wall, usage.ru_utime + usage.ru_stime


def time_passes(command, tree, env, top):
    """The TOP passes of one `-Ztime-passes` run, by wall time."""
    proc = subprocess.run(["sh", "-c", command + " -Ztime-passes"], cwd=tree, env=env,
                          capture_output=True, text=True, check=True)
    passes = []
    for line in proc.stdout.splitlines() + proc.stderr.splitlines():
        m = re.match(r"time:\s+([\d.]+);.*?\s(\S+)$", line.strip())
        if m:
            passes.append((float(m.group(1)), m.group(2)))
    return sorted(passes, reverse=True)[:top]


ITEM_PATTERNS = {
    "struct/union": r"^\s*pub (struct|union) ",
    "extern fn": r"^\s*pub fn ",
    "const": r"^\s*pub const ",
    "type alias": r"^\s*pub type ",
    "impl block": r"^\s*impl\b",
    "fn in impl": r"^\s+pub (const )?(unsafe )?fn ",
    "derive line": r"^\s*#\[derive\(",
    "extern block": r"^\s*(unsafe )?extern \"C\" \{",
}


def item_counts(path):
    with open(path) as f:
        text = f.read()
    counts = {name: len(re.findall(p, text, re.M)) for name, p in ITEM_PATTERNS.items()}
    counts["bytes"] = len(text.encode())
    counts["lines"] = text.count("\n")
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", required=True, help="a 6.12 tree built with Rust")
    ap.add_argument("--kbindgen", required=True)
    ap.add_argument("--bindgen", default=DEFAULT_BINDGEN,
                    help="the generator to compare with (default: bindgen 0.60.1's shim)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default="", help="scratch directory (default: a new one in /tmp)")
    args = ap.parse_args()
    tree = os.path.abspath(args.tree)
    work = os.path.abspath(args.work or f"/tmp/kernel-rustc.{os.getpid()}")
    shutil.rmtree(work, ignore_errors=True)
    generators = {"kbindgen": os.path.abspath(args.kbindgen),
                  "bindgen-0.60.1": os.path.abspath(args.bindgen)}
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")

    commands = {}
    for name, generator in generators.items():
        objtree = os.path.join(work, name)
        os.makedirs(os.path.join(objtree, "rust", "bindings"))
        for generated in GENERATED:
            subprocess.run(["sh", "-c", generator_command(tree, generated, generator, objtree)],
                           cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL)
            if not os.path.exists(os.path.join(objtree, generated)):
                sys.exit(f"kernel-rustc.py: error: {name} wrote no {generated}")
        commands[name] = rustc_command(tree, objtree)
        run_timed(commands[name], tree, env)  # warm-up; fails loudly if rustc does

    samples = {name: [] for name in commands}
    ratios = []
    for _ in range(args.runs):
        pair = {name: run_timed(command, tree, env) for name, command in commands.items()}
        for name, sample in pair.items():
            samples[name].append(sample)
        ratios.append(pair["kbindgen"][1] / pair["bindgen-0.60.1"][1])

    print(f"## rustc on the kernel's bindings crate (rust/bindings.o as Kbuild builds it), "
          f"{args.runs} paired runs\n")
    print("| generator | wall s (median) | CPU s (median) | CPU min–max |")
    print("|---|---|---|---|")
    for name, values in samples.items():
        cpu = [c for _, c in values]
        print(f"| {name} | {statistics.median(w for w, _ in values):.2f} | "
              f"{statistics.median(cpu):.2f} | {min(cpu):.2f}–{max(cpu):.2f} |")
    print(f"\nkbindgen/bindgen-0.60.1 CPU, pair by pair: median "
          f"{statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})\n")

    print("## What each output holds (rust/bindings/bindings_generated.rs)\n")
    counts = {name: item_counts(os.path.join(work, name, GENERATED[0])) for name in commands}
    names = list(commands)
    print("| item | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for key in counts[names[0]]:
        print(f"| {key} | " + " | ".join(str(counts[n][key]) for n in names) + " |")

    print("\n## rustc -Ztime-passes, the ten longest passes (s)\n")
    for name, command in commands.items():
        passes = time_passes(command, tree, env, 10)
        print(f"- {name}: " + ", ".join(f"{p} {t:.2f}" for t, p in passes))


if __name__ == "__main__":
    main()

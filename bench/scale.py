#!/usr/bin/env python3
"""The scale benchmark (bench/run.sh --scale): kbindgen against the floor
(`clang -fsyntax-only`) on the synthetic headers of 1k, 10k and 100k
declarations. Paired rounds (floor, then kbindgen, on the same input) under
/usr/bin/time; reports the median CPU time (user+system, steadier than wall
time on a busy machine), the median peak RSS, their ratios, the CPU time per
declaration, and kbindgen's --time-phases from one extra run.

  scale.py --kbindgen PATH --clang clang-19 --work DIR [--runs N] [--sizes ...]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd):
    """(CPU s, peak RSS MiB) of one run of cmd."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        proc = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", report.name] + cmd,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            sys.exit(f"scale.py: {' '.join(cmd[:2])} ... failed: "
                     f"{proc.stderr.decode(errors='replace')[-300:]}")
        user, system, rss = report.read().split()[-3:]
        return float(user) + float(system), int(rss) / 1024


def phases(kbindgen, header, out):
    proc = subprocess.run([kbindgen, "--time-phases", header, "-o", out, "--"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return {m.group(1): float(m.group(2)) for m in
            re.finditer(r"^kbindgen: time: (\S+) ([0-9.]+) s$", proc.stderr, re.M)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kbindgen", required=True)
    parser.add_argument("--clang", default="clang-19")
    parser.add_argument("--work", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", nargs="+", default=["1000", "10000", "100000"])
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    rows = []
    for size in args.sizes:
        header = os.path.join(args.work, f"synthetic-{size}.h")
        with open(header, "w") as out:
            subprocess.run([sys.executable, os.path.join(HERE, "gen-synthetic.py"), size],
                           stdout=out, check=True)
        out = os.path.join(args.work, f"synthetic-{size}.rs")
        floor_cmd = [args.clang, "-fsyntax-only", "-x", "c-header", header]
        kb_cmd = [args.kbindgen, header, "-o", out, "--"]
        timed(kb_cmd)  # fills the macro cache: the figures are of later runs
        floor, kb = [], []
        for _ in range(args.runs):
            floor.append(timed(floor_cmd))
            kb.append(timed(kb_cmd))
        med = lambda runs, i: statistics.median(r[i] for r in runs)
        rows.append((int(size), med(floor, 0), med(kb, 0), med(floor, 1), med(kb, 1),
                     phases(args.kbindgen, header, out)))
    print(f"Scale: median of {args.runs} paired rounds; CPU = user+system s; RSS = peak MiB.")
    print()
    print("| declarations | floor CPU | kbindgen CPU | kb/floor | kbindgen µs/decl "
          "| floor RSS | kbindgen RSS | kb/floor RSS |")
    print("|---|---|---|---|---|---|---|---|")
    for size, fc, kc, fr, kr, _ in rows:
        print(f"| {size} | {fc:.3f} | {kc:.3f} | {kc / fc:.2f} | {1e6 * kc / size:.1f} "
              f"| {fr:.1f} | {kr:.1f} | {kr / fr:.2f} |")
    names = [n for n in rows[-1][5]]
    print()
    print("kbindgen --time-phases (wall s, one run):")
    print()
    print("| declarations | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for size, *_, ph in rows:
        print(f"| {size} | " + " | ".join(f"{ph.get(n, 0):.3f}" for n in names) + " |")


if __name__ == "__main__":
    main()

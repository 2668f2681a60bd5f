#!/usr/bin/env python3
"""Times binding generators against the parse-time floor.

For every input it runs each command N times, alternating the commands within
a round so that drift in the machine's speed hits all of them alike, and
measures each run with /usr/bin/time (wall seconds and peak RSS). It reports
medians, the ratio kbindgen/floor (clang -fsyntax-only on the same input and
flags) and bindgen/kbindgen, and the size of each tool's output.

Inputs come from a JSON file (see bench/run.sh, which writes it):
  [{"name": ..., "header": ..., "clang_args": [...], "bindgen_clang_args": [...],
    "gen_args": [...]}]
"""
import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile

TIME_FORMAT = "%e %M"


def timed(cmd, env=None):
    """Runs cmd under /usr/bin/time; returns (seconds, peak RSS in KiB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        full = ["/usr/bin/time", "-f", TIME_FORMAT, "-o", report.name] + cmd
        proc = subprocess.run(full, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=env)
        if proc.returncode != 0:
            tail = proc.stderr.decode(errors="replace").strip().splitlines()[-3:]
            raise RuntimeError(f"{shlex.join(cmd)} failed: {' | '.join(tail)}")
        seconds, rss = report.read().split()[-2:]
        return float(seconds), int(rss)


def commands_for(inp, tools, outdir):
    """The commands to compare for one input, as (label, argv, env, output)."""
    header = inp["header"]
    clang_args = inp.get("clang_args", [])
    gen_args = inp.get("gen_args", [])
    lang = ["-x", "c-header"] if header.endswith(".h") else []
    cmds = []
    kb_out = os.path.join(outdir, f"{inp['name']}.kbindgen.rs")
    cmds.append(("kbindgen", [tools["kbindgen"], header] + gen_args +
                 ["-o", kb_out, "--"] + clang_args, None, kb_out))
    cmds.append(("floor", [tools["clang"], "-fsyntax-only"] + lang + clang_args +
                 [header], None, None))
    if tools.get("bindgen") and inp.get("bindgen_clang_args") is not None:
        env = dict(os.environ, LIBCLANG_PATH=tools["bindgen_libclang"])
        bg_args = [tools["bindgen"], header] + inp.get("bindgen_gen_args", gen_args)
        bg_clang = ["--"] + inp["bindgen_clang_args"]
        out = os.path.join(outdir, f"{inp['name']}.bindgen.rs")
        cmds.append(("bindgen", bg_args + ["--no-rustfmt-bindings", "-o", out] +
                     bg_clang, env, out))
        if tools.get("with_rustfmt"):
            out_fmt = os.path.join(outdir, f"{inp['name']}.bindgen-rustfmt.rs")
            cmds.append(("bindgen+rustfmt", bg_args + ["-o", out_fmt] + bg_clang,
                         env, out_fmt))
    return cmds


def bench_input(inp, tools, runs, outdir):
    cmds = commands_for(inp, tools, outdir)
    samples = {label: [] for label, _, _, _ in cmds}
    failed = {}
    for _ in range(runs):
        for label, argv, env, _ in cmds:
            if label in failed:
                continue
            try:
                samples[label].append(timed(argv, env))
            except RuntimeError as err:
                failed[label] = str(err)
    result = {"name": inp["name"], "tools": {}, "failed": failed}
    for label, _, _, out in cmds:
        if label in failed or not samples[label]:
            continue
        times = [s for s, _ in samples[label]]
        rss = [r for _, r in samples[label]]
        entry = {"median_s": statistics.median(times), "min_s": min(times),
                 "max_s": max(times), "peak_rss_kib": max(rss), "runs": len(times)}
        if out and os.path.exists(out):
            entry["output_bytes"] = os.path.getsize(out)
            with open(out, "rb") as f:
                entry["output_lines"] = sum(1 for _ in f)
        result["tools"][label] = entry
    return result


def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "-"


def table(results):
    lines = ["| input | kbindgen s | floor s | bindgen s | bindgen+rustfmt s | "
             "kbindgen/floor | bindgen/kbindgen | kbindgen RSS MiB | floor RSS MiB | "
             "kbindgen out KiB | bindgen out KiB |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        t = r["tools"]

        def get(label, key):
            return t.get(label, {}).get(key)

        def fmt(value, scale=1.0, digits=3):
            return f"{value / scale:.{digits}f}" if value is not None else "-"

        kb, floor = get("kbindgen", "median_s"), get("floor", "median_s")
        bg = get("bindgen", "median_s")
        lines.append(" | ".join([
            f"| {r['name']}", fmt(kb), fmt(floor), fmt(bg),
            fmt(get("bindgen+rustfmt", "median_s")), ratio(kb, floor), ratio(bg, kb),
            fmt(get("kbindgen", "peak_rss_kib"), 1024, 1),
            fmt(get("floor", "peak_rss_kib"), 1024, 1),
            fmt(get("kbindgen", "output_bytes"), 1024, 0),
            fmt(get("bindgen", "output_bytes"), 1024, 0)]) + " |")
        for label, why in sorted(r["failed"].items()):
            lines.append(f"|   {label} failed on {r['name']}: {why} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", required=True, help="JSON list of inputs")
    ap.add_argument("--kbindgen", required=True)
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--bindgen", default="")
    ap.add_argument("--bindgen-libclang", default="/usr/lib/llvm-14/lib")
    ap.add_argument("--with-rustfmt", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--outdir", required=True)
    ap.add_argument("--json", help="write the raw results here")
    args = ap.parse_args()

    with open(args.inputs) as f:
        inputs = json.load(f)
    tools = {"kbindgen": args.kbindgen, "clang": args.clang, "bindgen": args.bindgen,
             "bindgen_libclang": args.bindgen_libclang,
             "with_rustfmt": args.with_rustfmt}
    os.makedirs(args.outdir, exist_ok=True)
    results = []
    for inp in inputs:
        print(f"bench: {inp['name']} ({args.runs} rounds)", file=sys.stderr)
        results.append(bench_input(inp, tools, args.runs, args.outdir))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1, sort_keys=True)
    print(table(results))


if __name__ == "__main__":
    main()

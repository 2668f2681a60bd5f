#!/usr/bin/env python3
"""Times binding generators against the parse-time floor.

For every input it runs each command N times, alternating the commands within
a round so that drift in the machine's speed hits all of them alike, and
measures each run with /usr/bin/time (wall and CPU seconds, peak RSS). It
reports medians, the ratios kbindgen/floor (clang -fsyntax-only on the same
input, flags and LLVM version) and bindgen/kbindgen, peak memory, output sizes,
kbindgen's own phase times (--time-phases), and for inputs that name a Rust
crate, how long rustc takes to type-check (--emit=metadata) each tool's output.

The tools, each optional but kbindgen (the libclang each one runs on is in
CLANG_LIBS, and the report names it beside every ratio):
  kbindgen       kbindgen on libclang 19             floor     clang-19 -fsyntax-only
  kbindgen-cold  the same with --no-macro-cache (a header's first run); the plain
                 one finds its macro cache filled by an untimed warm-up round
                 (every later run on the header)
  bindgen-19     Debian's bindgen 0.60.1 on libclang 19 (LIBCLANG_PATH), without
                 rustfmt: the same-libclang comparison. 0.60.1 predates libclang
                 16 and panics on the "(unnamed at ...)" names libclang >= 16
                 gives unnamed nested types, so it fails on most headers.
  bindgen-14     the same bindgen on Debian's libclang 14, as the kernel used it
  bindgen-14+rustfmt  the same, formatting its output with rustfmt

Inputs come from a JSON file (bench/run.sh writes it):
  [{"name": ..., "header": ..., "cwd": DIR (optional),
    "gen_args": [...],          generator options (no -o), both tools
    "bindgen_gen_args": [...],  for bindgen if different (--rust-target 1.47)
    "clang_args": [...],        for libclang 19 (kbindgen, floor, bindgen-19)
    "clang_args_14": [...],     for libclang 14 (bindgen-14)
    "bindgen": true,            run bindgen on this input
    "rustfmt": true,            also bindgen-14+rustfmt
    "decls": N,                 declarations (synthetic inputs), for scaling
    "post": "sed ... {out}",    the kernel's post-processing of the output
    "rustc": {...}}]            see rustc_check()
Any argument may contain {outdir} (the output directory of the tool's run).
"""
import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile

TIME_FORMAT = "%e %U %S %M"
CLANG_LIBS = {"kbindgen": 19, "kbindgen-cold": 19, "floor": 19, "bindgen-19": 19,
              "bindgen-14": 14, "bindgen-14+rustfmt": 14}
TOOLS = ["kbindgen", "kbindgen-cold", "floor", "bindgen-19", "bindgen-14",
         "bindgen-14+rustfmt"]
# kbindgen-cold runs kbindgen with --no-macro-cache: the first run on a
# header, with the preprocessing pass that lists its macros. kbindgen finds
# the macro names the warm-up round stored (the make loop's case).
COLD = {"kbindgen-cold": "kbindgen"}
GENERATORS = ["kbindgen", "bindgen-19", "bindgen-14"]


def timed(cmd, env=None, cwd=None):
    """Runs cmd under /usr/bin/time; returns (wall s, cpu s, peak RSS KiB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        full = ["/usr/bin/time", "-f", TIME_FORMAT, "-o", report.name] + cmd
        proc = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=env, cwd=cwd)
        if proc.returncode != 0:
            tail = proc.stderr.decode(errors="replace").strip().splitlines()[-3:]
            raise RuntimeError(f"{shlex.join(cmd[:2])} ... failed: {' | '.join(tail)}")
        wall, user, system, rss = report.read().split()[-4:]
        return float(wall), float(user) + float(system), int(rss)


def expand(args, outdir):
    return [a.replace("{outdir}", outdir) for a in args]


def generator_argv(tool, tools, inp, header, out, outdir):
    """The command line of generator TOOL writing OUT, and its environment."""
    if tool.startswith("bindgen"):
        env = dict(os.environ, LIBCLANG_PATH=tools[f"libclang-{CLANG_LIBS[tool]}"])
        argv = [tools[tool], header] + inp.get("bindgen_gen_args", inp.get("gen_args", []))
        if not tool.endswith("+rustfmt"):
            argv.append("--no-rustfmt-bindings")
    else:
        env = None
        argv = [tools[COLD.get(tool, tool)], header] + inp.get("gen_args", [])
        if tool in COLD:
            argv.insert(1, "--no-macro-cache")
    return expand(argv + ["-o", out, "--"] + clang_args(tool, inp), outdir), env


def clang_args(tool, inp):
    """The clang arguments for TOOL's libclang."""
    if CLANG_LIBS[tool] == 14:
        return inp.get("clang_args_14", inp.get("clang_args", []))
    return inp.get("clang_args", [])


def commands_for(inp, tools, outdir):
    """The commands to compare for one input: (label, argv, env, output)."""
    header = inp["header"]
    lang = ["-x", "c-header"] if header.endswith(".h") else []
    cmds = []
    for tool in TOOLS:
        if not tools.get(COLD.get(tool, tool)):
            continue
        if tool.startswith("bindgen") and not inp.get("bindgen", True):
            continue
        if tool.endswith("+rustfmt") and not inp.get("rustfmt", True):
            continue
        tool_dir = os.path.join(outdir, inp["name"], tool)
        os.makedirs(tool_dir, exist_ok=True)
        if tool == "floor":
            argv = expand([tools[tool], "-fsyntax-only"] + lang + clang_args(tool, inp) +
                          [header], tool_dir)
            cmds.append((tool, argv, None, None))
            continue
        out = os.path.join(tool_dir, "out.rs")
        argv, env = generator_argv(tool, tools, inp, header, out, tool_dir)
        cmds.append((tool, argv, env, out))
    return cmds


def phase_times(inp, tools, outdir, tool="kbindgen"):
    """kbindgen's own --time-phases figures, from one extra run."""
    out = os.path.join(outdir, inp["name"], tool, "phases.rs")
    argv, _ = generator_argv(tool, tools, inp, inp["header"], out,
                             os.path.dirname(out))
    proc = subprocess.run([argv[0], "--time-phases"] + argv[1:], cwd=inp.get("cwd"),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    phases = {}
    for match in re.finditer(r"^kbindgen: time: (\S+) ([0-9.]+) s$", proc.stderr, re.M):
        phases[match.group(1)] = float(match.group(2))
    return phases


def summarize(samples):
    walls = [w for w, _, _ in samples]
    cpus = [c for _, c, _ in samples]
    rss = [r for _, _, r in samples]
    return {"median_s": statistics.median(walls), "min_s": min(walls),
            "max_s": max(walls), "median_cpu_s": statistics.median(cpus),
            "peak_rss_kib": statistics.median(rss), "runs": len(walls)}


def bench_input(inp, tools, runs, outdir):
    cmds = commands_for(inp, tools, outdir)
    samples = {label: [] for label, _, _, _ in cmds}
    failed = {}
    # A warm-up round, untimed: the page cache, and the macro cache.
    for label, argv, env, _ in cmds:
        try:
            timed(argv, env, inp.get("cwd"))
        except RuntimeError as err:
            failed[label] = str(err)
    for _ in range(runs):
        for label, argv, env, _ in cmds:
            if label in failed:
                continue
            try:
                samples[label].append(timed(argv, env, inp.get("cwd")))
            except RuntimeError as err:
                failed[label] = str(err)
    result = {"name": inp["name"], "decls": inp.get("decls"), "tools": {},
              "failed": failed, "outputs": {}}
    for label, _, _, out in cmds:
        if label in failed or not samples[label]:
            continue
        entry = summarize(samples[label])
        if out and os.path.exists(out):
            if inp.get("post"):
                subprocess.run(["sh", "-c", inp["post"].replace("{out}", shlex.quote(out))],
                               check=True)
            entry["output_bytes"] = os.path.getsize(out)
            with open(out, "rb") as f:
                entry["output_lines"] = sum(1 for _ in f)
            result["outputs"][label] = out
        result["tools"][label] = entry
    if "kbindgen" in result["tools"]:
        result["phases"] = phase_times(inp, tools, outdir)
    if "kbindgen-cold" in result["tools"]:
        result["phases_cold"] = phase_times(inp, tools, outdir, "kbindgen-cold")
    if inp.get("rustc"):
        result["rustc"] = rustc_check(inp, tools, runs, outdir, result["outputs"])
    return result


def rustc_check(inp, tools, runs, outdir, outputs):
    """Times `rustc --emit=metadata` of the crate that includes each
    generator's output, the way the kernel compiles its bindings crate.

    inp["rustc"] = {"crate": NAME, "lib": lib.rs, "generated": path of the
    output under OBJTREE, "flags": [...], "deps": [[name, source]...],
    "extra": [{"generated": ..., "header": ..., "gen_args": [...],
               "bindgen_gen_args": [...], "clang_args": [...],
               "clang_args_14": [...], "post": ...}]}
    The extra outputs (the kernel's helpers) are made once, untimed, by the
    same generator."""
    spec = inp["rustc"]
    rustc = tools["rustc"]
    base = os.path.join(outdir, inp["name"], "rustc")
    deps_dir = os.path.join(base, "deps")
    os.makedirs(deps_dir, exist_ok=True)
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    flags = spec.get("flags", [])
    for name, source in spec.get("deps", []):
        subprocess.run([rustc] + flags + ["--crate-type", "rlib", "--crate-name", name,
                                          "--out-dir", deps_dir, source],
                       check=True, env=env, cwd=inp.get("cwd"), capture_output=True)
    cmds = []
    report = {"failed": {}}
    for tool in GENERATORS:
        if tool not in outputs:
            continue
        objtree = os.path.join(base, tool)
        dest = os.path.join(objtree, spec["generated"])
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(outputs[tool], "rb") as src, open(dest, "wb") as dst:
            dst.write(src.read())
        try:
            for extra in spec.get("extra", []):
                out = os.path.join(objtree, extra["generated"])
                argv, genv = generator_argv(tool, tools, extra, extra["header"], out,
                                            objtree)
                subprocess.run(argv, check=True, env=genv, cwd=inp.get("cwd"),
                               capture_output=True)
                if extra.get("post"):
                    subprocess.run(["sh", "-c", extra["post"].replace(
                        "{out}", shlex.quote(out))], check=True)
        except subprocess.CalledProcessError as err:
            report["failed"][tool] = f"generating the extra outputs: {err}"
            continue
        argv = [rustc] + flags + ["--emit=metadata", "--crate-type", "rlib",
                                  "--crate-name", spec["crate"], "-L", deps_dir,
                                  "--out-dir", objtree]
        for name, _ in spec.get("deps", []):
            argv += ["--extern", name]
        argv.append(spec["lib"])
        cmds.append((tool, argv, dict(env, OBJTREE=objtree)))
    samples = {tool: [] for tool, _, _ in cmds}
    for _ in range(runs):
        for tool, argv, cenv in cmds:
            if tool in report["failed"]:
                continue
            try:
                samples[tool].append(timed(argv, cenv, inp.get("cwd")))
            except RuntimeError as err:
                report["failed"][tool] = str(err)
    for tool, values in samples.items():
        if values and tool not in report["failed"]:
            report[tool] = summarize(values)
    return report


def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "-"


def fmt(value, scale=1.0, digits=3):
    return f"{value / scale:.{digits}f}" if value is not None else "-"


def ratio_header(a, b, short=None):
    """A ratio column's title, with the libclang each side ran on."""
    short = short or {}
    return (f"{short.get(a, a)}/{short.get(b, b)} "
            f"(libclang {CLANG_LIBS[a]}/{CLANG_LIBS[b]})")


# The ratios of the time and memory tables, as (numerator, denominator).
TIME_RATIOS = [("kbindgen", "floor"), ("kbindgen-cold", "floor"),
               ("bindgen-19", "kbindgen"), ("bindgen-19", "kbindgen-cold"),
               ("bindgen-14", "kbindgen"), ("bindgen-14", "kbindgen-cold")]
SHORT = {"kbindgen": "kb", "kbindgen-cold": "cold"}


def time_table(results, key, title):
    columns = ["kbindgen", "kbindgen-cold", "floor", "bindgen-19", "bindgen-14",
               "bindgen-14+rustfmt"]
    lines = [f"### {title}", "",
             "kb = kbindgen with its macro cache filled (every run after a header's "
             "first); cold = `--no-macro-cache` (a header's first run). Each ratio "
             "names the libclang of its two sides: 19/19 is the same-libclang "
             "comparison, 14/19 is bindgen as the kernel used it against kbindgen.", "",
             "| input | " + " | ".join(SHORT.get(c, c) for c in columns) + " | " +
             " | ".join(ratio_header(a, b, SHORT) for a, b in TIME_RATIOS) + " |",
             "|---|" + "---|" * (len(columns) + len(TIME_RATIOS))]
    for r in results:
        t = r["tools"]

        def get(label):
            return t.get(label, {}).get(key)

        lines.append("| " + " | ".join(
            [r["name"]] + [fmt(get(c)) for c in columns] +
            [ratio(get(a), get(b)) for a, b in TIME_RATIOS]) + " |")
    return lines


def tables(results):
    lines = time_table(results, "median_s", "Time (median wall seconds)")
    lines += [""] + time_table(results, "median_cpu_s",
                               "CPU time (median user+system seconds; steadier on a "
                               "busy machine)")
    lines += ["", "### Memory (median peak RSS, MiB) and output size",  "",
              "| input | kb | cold | floor | " + ratio_header("kbindgen", "floor", SHORT) +
              " | " + ratio_header("kbindgen-cold", "floor", SHORT) + " | bindgen-19 | "
              "bindgen-14 | kbindgen out KiB (lines) | bindgen-19 out KiB (lines) | "
              "bindgen-14 out KiB (lines) |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        t = r["tools"]

        def rss(label):
            return t.get(label, {}).get("peak_rss_kib")

        def size(label):
            e = t.get(label, {})
            if "output_bytes" not in e:
                return "-"
            return f"{e['output_bytes'] / 1024:.0f} ({e['output_lines']})"

        lines.append("| " + " | ".join([
            r["name"], fmt(rss("kbindgen"), 1024, 1), fmt(rss("kbindgen-cold"), 1024, 1),
            fmt(rss("floor"), 1024, 1), ratio(rss("kbindgen"), rss("floor")),
            ratio(rss("kbindgen-cold"), rss("floor")), fmt(rss("bindgen-19"), 1024, 1),
            fmt(rss("bindgen-14"), 1024, 1), size("kbindgen"), size("bindgen-19"),
            size("bindgen-14")]) + " |")
    lines += ["", "### kbindgen phases (one extra run, seconds, --time-phases)", ""]
    names = []
    for r in results:
        for phase in list(r.get("phases_cold", {})) + list(r.get("phases", {})):
            if phase not in names:
                names.append(phase)
    lines += ["| input | " + " | ".join(names) + " |",
              "|---|" + "---|" * len(names)]
    for r in results:
        for key, suffix in (("phases", ""), ("phases_cold", " (cold)")):
            if key in r:
                p = r[key]
                lines.append("| " + " | ".join([r["name"] + suffix] +
                                               [fmt(p.get(n)) for n in names]) + " |")
    lines += scaling_table(results)
    lines += rustc_table(results)
    failures = [(r["name"], label, why) for r in results
                for label, why in sorted(r["failed"].items())]
    failures += [(r["name"], "rustc " + label, why) for r in results
                 for label, why in sorted(r.get("rustc", {}).get("failed", {}).items())]
    if failures:
        lines += ["", "### Failed runs", ""]
        lines += [f"- {label} on {name}: {why}" for name, label, why in failures]
    return "\n".join(lines)


def scaling_table(results):
    rows = [r for r in results if r.get("decls") and "kbindgen" in r["tools"]]
    if len(rows) < 2:
        return []
    rows.sort(key=lambda r: r["decls"])
    lines = ["", "### Scaling (synthetic inputs)", "",
             "| declarations | kbindgen µs/decl | vs previous | floor µs/decl | "
             "kbindgen RSS MiB | floor RSS MiB |", "|---|---|---|---|---|---|"]
    previous = None
    for r in rows:
        t = r["tools"]
        per = t["kbindgen"]["median_s"] / r["decls"] * 1e6
        floor = t.get("floor", {}).get("median_s")
        lines.append("| " + " | ".join([
            str(r["decls"]), f"{per:.1f}", f"{per / previous:.2f}×" if previous else "-",
            f"{floor / r['decls'] * 1e6:.1f}" if floor else "-",
            fmt(t["kbindgen"]["peak_rss_kib"], 1024, 1),
            fmt(t.get("floor", {}).get("peak_rss_kib"), 1024, 1)]) + " |")
        previous = per
    return lines


def rustc_table(results):
    rows = [r for r in results if r.get("rustc")]
    if not rows:
        return []
    lines = ["", "### rustc --emit=metadata of the crate including each tool's output "
             "(median wall s)", "",
             "| crate input | kbindgen | bindgen-19 | bindgen-14 | "
             "kbindgen/bindgen-19 (output of libclang 19/19) | "
             "kbindgen/bindgen-14 (output of libclang 19/14) | kbindgen CPU s | "
             "bindgen-19 CPU s | bindgen-14 CPU s |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        c = r["rustc"]

        def get(tool, key="median_s"):
            return c.get(tool, {}).get(key)

        lines.append("| " + " | ".join(
            [r["name"]] + [fmt(get(t)) for t in GENERATORS] +
            [ratio(get("kbindgen"), get("bindgen-19")),
             ratio(get("kbindgen"), get("bindgen-14"))] +
            [fmt(get(t, "median_cpu_s")) for t in GENERATORS]) + " |")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", required=True, help="JSON list of inputs")
    ap.add_argument("--kbindgen", required=True)
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--bindgen", default="", help="bindgen 0.60.1 (libclang loaded at run time)")
    ap.add_argument("--libclang-19", default="/usr/lib/llvm-19/lib",
                    help="LIBCLANG_PATH of bindgen-19")
    ap.add_argument("--libclang-14", default="/usr/lib/llvm-14/lib",
                    help="LIBCLANG_PATH of bindgen-14")
    ap.add_argument("--with-rustfmt", action="store_true")
    ap.add_argument("--rustc", default="rustc")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--outdir", required=True)
    ap.add_argument("--json", help="write the raw results here")
    args = ap.parse_args()

    with open(args.inputs) as f:
        inputs = json.load(f)
    tools = {"kbindgen": args.kbindgen, "floor": args.clang,
             "bindgen-19": args.bindgen, "bindgen-14": args.bindgen,
             "bindgen-14+rustfmt": args.bindgen if args.with_rustfmt else "",
             "libclang-19": args.libclang_19, "libclang-14": args.libclang_14,
             "rustc": args.rustc}
    args.outdir = os.path.abspath(args.outdir)
    os.makedirs(args.outdir, exist_ok=True)
    # A macro cache of the benchmark's own, empty at the start.
    cache = os.path.join(args.outdir, "macro-cache")
    shutil.rmtree(cache, ignore_errors=True)
    os.environ["KBINDGEN_CACHE_DIR"] = cache
    results = []
    for inp in inputs:
        print(f"bench: {inp['name']} ({args.runs} rounds)", file=sys.stderr)
        results.append(bench_input(inp, tools, args.runs, args.outdir))
        if args.json:
            with open(args.json, "w") as f:
                json.dump(results, f, indent=1, sort_keys=True)
    print(tables(results))


if __name__ == "__main__":
    main()

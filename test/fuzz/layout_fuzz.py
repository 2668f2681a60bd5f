#!/usr/bin/env python3
"""Differential layout fuzzer: random C headers, kbindgen, rustc and clang.

For each seed and target: generate a header (header_gen.py), require clang to
accept it for the target, run kbindgen with `-- --target=<clang triple>`,
compile the Rust with rustc for the target (its layout assertions on), and
have clang prove every size, alignment, offset and constant value the Rust
claims (layout_check.py). A mismatch is minimized (items, then lines, while
the same class still shows) and written as a reproducer header.

  layout_fuzz.py --kbindgen K --cache DIR --work DIR --targets x86_64,i386 --seeds 1-20
  layout_fuzz.py --kbindgen K --cache DIR --work DIR --targets all --seconds 3600 --jobs 2

--expect FILE lists known mismatches (`TARGET SEED KIND REASON`): each must
still show (else the list is stale) and is not reported as new. The exit
status is 0 only when every result was as expected.
"""

import argparse
import concurrent.futures
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import header_gen  # noqa: E402
import layout_check  # noqa: E402
from layout_check import targets  # noqa: E402

CI_TARGETS = ["x86_64", "i386", "aarch64", "armv7", "riscv64", "s390x", "powerpc"]


def names_of(items):
    c_names = set()
    enums = []
    for item in items:
        c_names.update(item.names)
        if item.kind == "enum":
            enums.append(item.names[0])
    return c_names, enums


def check_text(kbindgen, text, items, target, core_dir, work, stem):
    """(Finding or None, assertions) for a header text, or ("invalid", 0)
    when clang itself rejects it."""
    header = os.path.join(work, stem + ".h")
    with open(header, "w", encoding="utf-8") as f:
        f.write(text)
    if not layout_check.clang_accepts(header, target):
        return "invalid", 0
    c_names, enums = names_of(items)
    return layout_check.check_header(kbindgen, header, target, core_dir, work, c_names, enums)


def minimize(kbindgen, items, seed, target, core_dir, work, signature):
    """Smallest header (by items, then lines) that still shows the class."""
    stem = f"min-{target.name}-{seed}"

    def reproduces(candidate_items, text=None):
        text = text if text is not None else header_gen.render(candidate_items, seed)
        finding, _ = check_text(kbindgen, text, items, target, core_dir, work, stem)
        return finding not in (None, "invalid") and finding.signature() == signature

    kept = list(items)
    for index in reversed(range(len(kept))):
        trial = kept[:index] + kept[index + 1:]
        if trial and reproduces(trial):
            kept = trial
    lines = header_gen.render(kept, seed).splitlines()
    for index in reversed(range(1, len(lines))):
        trial = lines[:index] + lines[index + 1:]
        if reproduces(kept, "\n".join(trial) + "\n"):
            lines = trial
    return "\n".join(lines) + "\n"


def fuzz_one(args, seed, target, core_dir):
    """Checks SEED on TARGET: (seed, target name, Finding|None|'invalid', asserts)."""
    work = os.path.join(args.work, target.name)
    os.makedirs(work, exist_ok=True)
    items = header_gen.generate(seed)
    text = header_gen.render(items, seed)
    finding, asserts = check_text(args.kbindgen, text, items, target, core_dir, work,
                                  f"seed-{seed}")
    known = (target.name, seed) in args.known_seeds  # already minimized once
    if finding not in (None, "invalid") and args.reproducers and not known:
        os.makedirs(args.reproducers, exist_ok=True)
        reduced = minimize(args.kbindgen, items, seed, target, core_dir, work,
                           finding.signature())
        path = os.path.join(args.reproducers, f"{target.name}-{finding.kind}-{seed}.h")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"// layout_fuzz: {target.name} (clang --target={target.clang}) "
                    f"seed {seed}\n// {finding}\n{reduced}")
    return seed, target.name, finding, asserts


def read_expected(path):
    expected = {}
    if not path:
        return expected
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                target, seed, kind, reason = line.split(None, 3)
                expected[(target, int(seed))] = (kind, reason)
    return expected


def seed_range(text):
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kbindgen", required=True)
    parser.add_argument("--cache", required=True, help="core per target (targets.py)")
    parser.add_argument("--work", required=True, help="scratch directory")
    parser.add_argument("--targets", default=",".join(CI_TARGETS),
                        help="comma-separated target names, or 'all'")
    parser.add_argument("--seeds", default="1-20", help="A-B: the seeds to check")
    parser.add_argument("--seconds", type=float, default=0,
                        help="run random seeds for this long instead of --seeds")
    parser.add_argument("--jobs", type=int, default=1, help="at most 2 on a shared machine")
    parser.add_argument("--reproducers", help="write minimized mismatches here")
    parser.add_argument("--expect", help="known mismatches: TARGET SEED KIND REASON")
    args = parser.parse_args(argv)
    args.kbindgen = os.path.abspath(args.kbindgen)
    try:
        chosen = targets.select(args.targets.split(","))
        cores = {t.name: targets.ensure_core(args.cache, t)[0] for t in chosen}
    except targets.TargetError as error:
        print(f"error: {error}")
        return 1
    expected = read_expected(args.expect)
    args.known_seeds = set(expected)
    started = time.monotonic()
    if args.seconds:
        base = int(time.time())
        seeds = (base * 1000 + n for n in range(10 ** 9))
    else:
        seeds = iter(seed_range(args.seeds))

    def jobs():
        for seed in seeds:
            if args.seconds and time.monotonic() - started > args.seconds:
                return
            for target in chosen:
                yield seed, target

    checked = {t.name: 0 for t in chosen}
    invalid = {t.name: 0 for t in chosen}
    asserts = {t.name: 0 for t in chosen}
    problems, classes = 0, {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        pending = set()
        work_items = jobs()
        while True:
            while len(pending) < max(1, args.jobs) * 2:
                job = next(work_items, None)
                if job is None:
                    break
                pending.add(pool.submit(fuzz_one, args, job[0], job[1], cores[job[1].name]))
            if not pending:
                break
            done, pending = concurrent.futures.wait(
                pending, return_when=concurrent.futures.FIRST_COMPLETED)
            for future in done:
                seed, name, finding, count = future.result()
                if finding == "invalid":
                    invalid[name] += 1
                    continue
                checked[name] += 1
                asserts[name] += count
                known = expected.pop((name, seed), None)
                if finding is None and known:
                    problems += 1
                    print(f"XPASS {name} seed {seed}: listed as {known[0]} ({known[1]}); "
                          f"remove it from the list")
                elif finding is not None:
                    classes.setdefault((name, finding.kind), []).append(seed)
                    if known and known[0] == finding.kind:
                        print(f"XFAIL {name} seed {seed}: {finding} ({known[1]})")
                    else:
                        problems += 1
                        print(f"MISMATCH {name} seed {seed}: {finding}")
                    sys.stdout.flush()
    for (name, seed), (kind, _) in sorted(expected.items()):
        if name in checked and not args.seconds:
            problems += 1
            print(f"STALE {name} seed {seed}: listed as {kind} but not checked")
    for target in chosen:
        print(f"{target.name}: {checked[target.name]} headers checked "
              f"({asserts[target.name]} C assertions), {invalid[target.name]} "
              f"rejected by clang as invalid C")
    for (name, kind), found in sorted(classes.items()):
        print(f"class {name} {kind}: seeds {' '.join(map(str, found[:20]))}")
    print(f"{problems} unexpected result(s) in {time.monotonic() - started:.0f}s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

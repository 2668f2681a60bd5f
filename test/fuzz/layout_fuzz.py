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

The check of one header (check_header): rustc (for the target) proves that
the Rust types have the sizes, alignments and offsets kbindgen wrote in its
layout assertions; the same numbers become C `_Static_assert`s that clang
(for the target) must accept, so they are clang's own. Constants (macros,
enumerators) must equal the C expression's value and have its sign.
Bitfields: C has no offsetof for one and clang cannot bit_cast one in a
constant expression, so a C file is compiled (never run) for the target with
one static object per bitfield accessor, the field set to a pattern; the
bytes clang lays out must be those kbindgen's `__BindgenBitfieldUnit::set`
would write (its big-endian rules included) at the unit's claimed offset.
A Finding's kind names the class (`kbindgen-exit`, `rustc`, `rust-size`,
`size`, `align`, `offset`, `const`, `bitfield`, `unchecked-record`, ...).
"""

import argparse
import concurrent.futures
import dataclasses
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "targets"))
import header_gen  # noqa: E402
import targets  # noqa: E402

# Rust claims and their C proof ----------------------------------------------

CLANG = targets.CLANG
PRELUDE = ("#![no_std]\n#![allow(non_camel_case_types, non_upper_case_globals, "
           "non_snake_case, dead_code, improper_ctypes, unused)]\nextern crate std;\n\n")

RECORD_RE = re.compile(r"^pub (struct|union) (\w+) \{\n(.*?)^\}", re.S | re.M)
FIELD_RE = re.compile(r"^\s+(?:pub )?(\w+): (.+),$", re.M)
SIZE_RE = re.compile(r"::size_of::<(\w+)>\(\) - (\d+)usize\]")
ALIGN_RE = re.compile(r"::align_of::<(\w+)>\(\) - (\d+)usize\]")
OFFSET_RE = re.compile(r"::offset_of!\((\w+), (\w+)\) - (\d+)usize\]")
CONST_RE = re.compile(r"^pub const (\w+): [\w:]+ = (-?\d+);$", re.M)
ARRAY_RE = re.compile(r"^\[(.*); \d+usize\]$")
GETTER_RE = re.compile(r"pub fn (\w+)\(&self\) -> [^{]+\{\s*let raw = "
                       r"self\.(_bitfield_\d+)\.get\((\d+)usize, (\d+)u8\);")
IMPL_RE = re.compile(r"^impl (\w+) \{\n(.*?)^\}", re.S | re.M)
UNION_FIELD_RE = re.compile(r"^__BindgenUnionField<(.*)>$")
EMULATED_UNION_SIZE_FIELD = "bindgen_union_field"
UNIT_RE = re.compile(r"__BindgenBitfieldUnit<\[u8; (\d+)usize\]>")
HELPER_FIELD = ("_bitfield_", "__bindgen_padding_", "_bindgen_opaque_blob")


@dataclasses.dataclass
class Finding:
    kind: str
    detail: str

    def signature(self):
        """The class: kind and message with names and numbers blanked."""
        detail = re.sub(r"\b[rtefmMp]\d+\b|\b[a-z]+\d+\b", "ID", self.detail)
        return self.kind + ":" + re.sub(r"\d+", "N", detail.split(" (")[0])

    def __str__(self):
        return f"{self.kind}: {self.detail}"


@dataclasses.dataclass
class Claims:
    """What the Rust output states, parsed from its text."""
    keywords: dict  # record -> "struct" | "union"
    fields: dict  # record -> [(field, rust type)]
    sizes: dict
    aligns: dict
    offsets: dict  # (record, field) -> bytes
    constants: dict  # rust name -> int
    bitfields: dict  # record -> [(field, unit field, bit offset, width)]


def parse_rust(text):
    keywords, fields, emulated = {}, {}, set()
    for match in RECORD_RE.finditer(text):
        name, members = match.group(2), FIELD_RE.findall(match.group(3))
        keywords[name] = match.group(1)
        # bindgen's emulation of a union with a non-Copy member: a struct of
        # __BindgenUnionField<T> members and a `bindgen_union_field` that
        # gives the size. For C it is the union, without that last field.
        if any(field == EMULATED_UNION_SIZE_FIELD for field, _ in members):
            keywords[name] = "union"
            emulated.add(name)
            members = [(field, UNION_FIELD_RE.sub(r"\1", rust_type))
                       for field, rust_type in members if field != EMULATED_UNION_SIZE_FIELD]
        fields[name] = members
    return Claims(keywords, fields,
                  {n: int(v) for n, v in SIZE_RE.findall(text)},
                  {n: int(v) for n, v in ALIGN_RE.findall(text)},
                  {(r, f): int(v) for r, f, v in OFFSET_RE.findall(text)
                   if not (r in emulated and f == EMULATED_UNION_SIZE_FIELD)},
                  {n: int(v) for n, v in CONST_RE.findall(text)},
                  {m.group(1): [(f, u, int(o), int(w)) for f, u, o, w in
                                GETTER_RE.findall(m.group(2))]
                   for m in IMPL_RE.finditer(text)})


def element_type(rust_type):
    """(element type, array depth) of a Rust field type."""
    depth = 0
    while (match := ARRAY_RE.match(rust_type)):
        rust_type, depth = match.group(1), depth + 1
    return rust_type, depth


def c_record_views(claims, c_names):
    """How C reaches each Rust record: {rust name: ("type", C type)} or
    {rust name: ("promoted", C type of the named ancestor, [(record, field)])}
    for anonymous members whose fields C sees as the ancestor's."""
    views = {}
    for name, keyword in claims.keywords.items():
        if name in c_names:
            spelling = name if name.startswith("t") else f"{keyword} {name}"
            views[name] = ("type", spelling)
    pending = list(views)
    while pending:
        record = pending.pop()
        view = views[record]
        for field, rust_type in claims.fields.get(record, []):
            inner, depth = element_type(rust_type)
            if inner not in claims.keywords or inner in views or "__bindgen_ty_" not in inner:
                continue
            anchor = view[1]
            chain = view[2] if view[0] == "promoted" else []
            if field.startswith("__bindgen_anon_") and depth == 0:
                views[inner] = ("promoted", anchor, chain + [(record, field)])
            else:
                member = f"((({anchor} *)0)->{field}{'[0]' * depth})"
                views[inner] = ("type", f"__typeof__{member}")
            pending.append(inner)
    return views


def c_literal(value):
    if value < 0:
        return f"({value + 1}LL - 1)"
    return f"{value}ULL"


def static_asserts(claims, c_names, enums):
    """C _Static_assert lines for every number the Rust output claims, and
    the C records kbindgen asserted nothing about."""
    lines = []
    views = c_record_views(claims, c_names)

    def check(condition, message):
        lines.append(f'_Static_assert({condition}, "{message}");')

    for record, view in sorted(views.items()):
        if view[0] == "type":
            ctype = view[1]
            if record in claims.sizes:
                check(f"sizeof({ctype}) == {claims.sizes[record]}", f"size|{record}")
            if record in claims.aligns:
                check(f"_Alignof({ctype}) == {claims.aligns[record]}", f"align|{record}")
            for field, _ in claims.fields.get(record, []):
                if field.startswith(HELPER_FIELD + ("__bindgen_anon_",)):
                    continue
                if (record, field) in claims.offsets:
                    check(f"__builtin_offsetof({ctype}, {field}) == "
                          f"{claims.offsets[(record, field)]}", f"offset|{record}.{field}")
        else:
            _, anchor, chain = view
            if any(link not in claims.offsets for link in chain):
                continue
            base = sum(claims.offsets[link] for link in chain)
            for field, _ in claims.fields.get(record, []):
                if field.startswith(HELPER_FIELD + ("__bindgen_anon_",)):
                    continue
                if (record, field) in claims.offsets:
                    check(f"__builtin_offsetof({anchor}, {field}) == "
                          f"{base + claims.offsets[(record, field)]}",
                          f"offset|{record}.{field}")
    for rust_name, value in sorted(claims.constants.items()):
        c_name = c_constant_name(rust_name, c_names, enums)
        if c_name:
            check(f"({c_name}) == {c_literal(value)} && (({c_name}) < 0) == {int(value < 0)}",
                  f"const|{rust_name}")
    unchecked = sorted(name for name in c_names
                       if re.fullmatch(r"[rt]\d+", name) and name in claims.keywords
                       and name not in claims.sizes)
    return lines, unchecked


def c_constant_name(rust_name, c_names, enums):
    if rust_name in c_names:
        return rust_name
    for enum in enums:
        rest = rust_name[len(enum) + 1:]
        if rust_name.startswith(enum + "_") and rest in c_names:
            return rest
    return None


def clang_accepts(header, target):
    """The generated header must be valid C for the target."""
    proc = targets.run([CLANG, "-fsyntax-only", "-w", f"--target={target.clang}", header])
    return proc.returncode == 0


def check_header(kbindgen, header, target, core_dir, work, c_names, enums):
    """Returns (Finding or None, number of C assertions made)."""
    stem = os.path.splitext(os.path.basename(header))[0]
    out_rs = os.path.join(work, stem + ".rs")
    proc = targets.run([kbindgen, header, "-o", out_rs, "--", f"--target={target.clang}"])
    if proc.returncode != 0 or not os.path.isfile(out_rs):
        return Finding("kbindgen-exit", targets.first_error(proc.stderr)), 0
    with open(out_rs, encoding="utf-8") as f:
        text = f.read()
    crate = os.path.join(work, stem + ".crate.rs")
    with open(crate, "w", encoding="utf-8") as f:
        f.write(PRELUDE + text)
    proc = targets.run(targets.rustc_check_command(target, core_dir, "fuzz_" + stem.replace("-", "_"),
                                           crate, work))
    if proc.returncode != 0:
        # A failed layout assertion names itself: ["Size of r3"], ...
        label = re.search(r'\["(Size|Alignment|Offset)[^"]*"\]', proc.stderr)
        if label:
            kind = {"Size": "rust-size", "Alignment": "rust-align", "Offset": "rust-offset"}
            return Finding(kind[label.group(1)],
                           f"{label.group(0)}: {targets.first_error(proc.stderr)}"), 0
        return Finding("rustc", targets.first_error(proc.stderr)), 0
    claims = parse_rust(text)
    lines, unchecked = static_asserts(claims, c_names, enums)
    check_c = os.path.join(work, stem + ".check.c")
    with open(check_c, "w", encoding="utf-8") as f:
        f.write(f'#include "{os.path.abspath(header)}"\n' + "\n".join(lines) + "\n")
    proc = targets.run([CLANG, "-fsyntax-only", "-w", "-ferror-limit=0",
                f"--target={target.clang}", check_c])
    if proc.returncode != 0:
        failed = re.findall(r"static assertion failed.*: (\w+)\|(\S+)$", proc.stderr, re.M)
        if failed:
            kind, subject = failed[0]
            said = re.search(r"evaluates to '([^']*)'", proc.stderr)
            return Finding(kind, f"{subject}: clang and kbindgen differ "
                                 f"({said.group(1) if said else '?'}; {len(failed)} "
                                 f"assertion(s) failed)"), len(lines)
        return Finding("check-c", targets.first_error(proc.stderr)), len(lines)
    finding, bitfields = check_bitfields(claims, c_names, header, target,
                                                        work, stem)
    if finding:
        return finding, len(lines) + bitfields
    if unchecked:
        return Finding("unchecked-record",
                       f"no layout assertion for {', '.join(unchecked)}"), len(lines)
    return None, len(lines) + bitfields


# Bitfields ------------------------------------------------------------------

OBJCOPY = "llvm-objcopy-19"
PATTERN = 0xB5A5_9C3D_71E4_D2B9  # asymmetric: catches reversed bit order


def field_value(width):
    return (PATTERN & ((1 << width) - 1)) | 1


def unit_bytes(length, bit_offset, width, value, big_endian):
    """The bytes __BindgenBitfieldUnit::set writes into a zeroed unit."""
    storage = bytearray(length)
    for i in range(width):
        value_bit = width - 1 - i if big_endian else i
        if not (value >> value_bit) & 1:
            continue
        index = bit_offset + i
        mask = (0x80 >> (index % 8)) if big_endian else (1 << (index % 8))
        storage[index // 8] |= mask
    return bytes(storage)


def unit_lengths(claims):
    """(record, unit field) -> bytes in the unit."""
    lengths = {}
    for record, fields in claims.fields.items():
        for field, rust_type in fields:
            match = UNIT_RE.search(rust_type)
            if field.startswith("_bitfield_") and match:
                lengths[(record, field)] = int(match.group(1))
    return lengths


def check_bitfields(claims, c_names, header, target, work, stem):
    """A Finding when a bitfield sits elsewhere than kbindgen says, else None.
    Returns (finding, number of bitfields checked)."""
    views = c_record_views(claims, c_names)
    lengths = unit_lengths(claims)
    objects, expected = [], {}
    for record, accessors in sorted(claims.bitfields.items()):
        view = views.get(record)
        if not view or record not in claims.sizes:
            continue
        ctype = view[1]
        base = 0
        if view[0] == "promoted":
            if any(link not in claims.offsets for link in view[2]):
                continue
            base = sum(claims.offsets[link] for link in view[2])
        for field, unit, bit_offset, width in accessors:
            if width > 64 or (record, unit) not in lengths or (record, unit) not in claims.offsets:
                continue
            value = field_value(width)
            symbol = f"kbf_{len(objects)}"
            objects.append(f'__attribute__((section(".{symbol}"), used)) static {ctype} '
                           f"{symbol} = {{ .{field} = {value}ULL }};")
            start = base + claims.offsets[(record, unit)]
            expected[symbol] = (f"{record}.{field}", start,
                                unit_bytes(lengths[(record, unit)], bit_offset, width, value,
                                           target.big_endian))
    if not objects:
        return None, 0
    source = os.path.join(work, stem + ".bitfields.c")
    obj = os.path.join(work, stem + ".bitfields.o")
    with open(source, "w", encoding="utf-8") as f:
        f.write(f'#include "{os.path.abspath(header)}"\n' + "\n".join(objects) + "\n")
    proc = targets.run([CLANG, "-c", "-w", "-O0", f"--target={target.clang}", "-o", obj, source])
    if proc.returncode != 0:
        return Finding("bitfield-c", targets.first_error(proc.stderr)), 0
    dumps = []
    for symbol in expected:
        dumps += ["--dump-section", f".{symbol}={os.path.join(work, f'{stem}.{symbol}.bin')}"]
    proc = targets.run([OBJCOPY] + dumps + [obj, os.path.join(work, stem + ".scratch.o")])
    if proc.returncode != 0:
        return Finding("bitfield-c", targets.first_error(proc.stderr)), 0
    for symbol, (name, start, unit) in expected.items():
        with open(os.path.join(work, f"{stem}.{symbol}.bin"), "rb") as f:
            data = f.read()
        whole = bytearray(len(data))
        whole[start:start + len(unit)] = unit
        if bytes(whole) != data:
            return Finding("bitfield", f"{name}: clang wrote {data.hex()}, kbindgen's "
                                       f"accessor {bytes(whole).hex()}"), len(expected)
    return None, len(expected)


# Driver ---------------------------------------------------------------------

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
    if not clang_accepts(header, target):
        return "invalid", 0
    c_names, enums = names_of(items)
    return check_header(kbindgen, header, target, core_dir, work, c_names, enums)


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

"""One differential check: a C header, kbindgen's Rust for a target, and clang.

rustc (for the target) proves that the Rust types have the sizes, alignments
and offsets kbindgen wrote in its layout assertions; this module turns the
same numbers into C `_Static_assert`s and has clang (for the target) prove
that they are clang's own. Constants (macros, enumerators) are compared the
same way: the value kbindgen emitted must equal the C expression's value and
have its sign.

check_header() returns None when every number agrees, else a Finding whose
`kind` names the class (`kbindgen-exit`, `rustc`, `size`, `align`, `offset`,
`const`, `bitfield`, `unchecked-record`) and `detail` the first message.
"""

import dataclasses
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "targets"))
import targets  # noqa: E402

CLANG = os.environ.get("CC") or shutil.which("clang-19") or "clang"
TIMEOUT = 120
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
    keywords, fields = {}, {}
    for match in RECORD_RE.finditer(text):
        keywords[match.group(2)] = match.group(1)
        fields[match.group(2)] = FIELD_RE.findall(match.group(3))
    return Claims(keywords, fields,
                  {n: int(v) for n, v in SIZE_RE.findall(text)},
                  {n: int(v) for n, v in ALIGN_RE.findall(text)},
                  {(r, f): int(v) for r, f, v in OFFSET_RE.findall(text)},
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


def run(command, cwd=None):
    try:
        return targets.run(command, cwd=cwd, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, 124, "", f"timed out: {command[0]}")


def first_error(text):
    lines = [line for line in text.splitlines() if "error" in line] or text.splitlines()
    return lines[0].strip() if lines else "(no message)"


def clang_accepts(header, target):
    """The generated header must be valid C for the target."""
    proc = run([CLANG, "-fsyntax-only", "-w", f"--target={target.clang}", header])
    return proc.returncode == 0


def check_header(kbindgen, header, target, core_dir, work, c_names, enums):
    """Returns (Finding or None, number of C assertions made)."""
    stem = os.path.splitext(os.path.basename(header))[0]
    out_rs = os.path.join(work, stem + ".rs")
    proc = run([kbindgen, header, "-o", out_rs, "--", f"--target={target.clang}"])
    if proc.returncode != 0 or not os.path.isfile(out_rs):
        return Finding("kbindgen-exit", first_error(proc.stderr)), 0
    with open(out_rs, encoding="utf-8") as f:
        text = f.read()
    crate = os.path.join(work, stem + ".crate.rs")
    with open(crate, "w", encoding="utf-8") as f:
        f.write(PRELUDE + text)
    proc = run(targets.rustc_check_command(target, core_dir, "fuzz_" + stem.replace("-", "_"),
                                           crate, work))
    if proc.returncode != 0:
        # A failed layout assertion names itself: ["Size of r3"], ...
        label = re.search(r'\["(Size|Alignment|Offset)[^"]*"\]', proc.stderr)
        if label:
            kind = {"Size": "rust-size", "Alignment": "rust-align", "Offset": "rust-offset"}
            return Finding(kind[label.group(1)],
                           f"{label.group(0)}: {first_error(proc.stderr)}"), 0
        return Finding("rustc", first_error(proc.stderr)), 0
    claims = parse_rust(text)
    lines, unchecked = static_asserts(claims, c_names, enums)
    check_c = os.path.join(work, stem + ".check.c")
    with open(check_c, "w", encoding="utf-8") as f:
        f.write(f'#include "{os.path.abspath(header)}"\n' + "\n".join(lines) + "\n")
    proc = run([CLANG, "-fsyntax-only", "-w", "-ferror-limit=0",
                f"--target={target.clang}", check_c])
    if proc.returncode != 0:
        failed = re.findall(r"static assertion failed.*: (\w+)\|(\S+)$", proc.stderr, re.M)
        if failed:
            kind, subject = failed[0]
            said = re.search(r"evaluates to '([^']*)'", proc.stderr)
            return Finding(kind, f"{subject}: clang and kbindgen differ "
                                 f"({said.group(1) if said else '?'}; {len(failed)} "
                                 f"assertion(s) failed)"), len(lines)
        return Finding("check-c", first_error(proc.stderr)), len(lines)
    import bitfield_check  # here: it imports this module
    finding, bitfields = bitfield_check.check_bitfields(claims, c_names, header, target,
                                                        work, stem)
    if finding:
        return finding, len(lines) + bitfields
    if unchecked:
        return Finding("unchecked-record",
                       f"no layout assertion for {', '.join(unchecked)}"), len(lines)
    return None, len(lines) + bitfields

#!/usr/bin/env python3
"""Cross-checks `kbindgen layout --json` against pahole (Debian's dwarves).

A C file that includes the header is compiled by clang with debug info for
every type (-g -fno-eliminate-unused-debug-types); pahole prints the layout
of every struct and union it finds in the DWARF; kbindgen prints the layout
of the same names from the header. For each record the two must agree on:
size, every member's name, offset, size and bitfield position (nested
anonymous members included), the holes after each member (bytes and bits),
and the trailing padding (bytes and bits).

Subcommands:
  golden KBINDGEN HEADER WORKDIR
      HEADER's first line may carry `// kbindgen-flags: OPTIONS -- CLANG`.
  kernel KBINDGEN KERNEL_TREE ARGS_FILE WORKDIR
      ARGS_FILE is the kernel's recorded bindgen command line (one argument a
      line, test/kernel/flags.sh): header, bindgen options, `--`, C flags.
Both print `compared N records, D differences` and exit 1 on a difference.
"""

import json
import os
import re
import shlex
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                os.pardir, "support"))
import harness  # noqa: E402

CLANG = os.environ.get("KBINDGEN_LAYOUT_CLANG", "clang-19")
PAHOLE = os.environ.get("KBINDGEN_PAHOLE", "pahole")
ANONYMOUS = "<anonymous>"
DEBUG_FLAGS = ["-g", "-fno-eliminate-unused-debug-types"]

OFFSET_COMMENT = re.compile(
    r"^(?P<decl>.*?)\s*/\*\s*(?P<offset>\d+)(?::\s*(?P<bit>\d+))?\s+"
    r"(?P<size>\d+)\s*\*/$")
HOLE = re.compile(r"^/\* XXX (\d+) (byte|bit)s? hole, try to pack \*/$")
ATTRIBUTE = re.compile(r"\s*__attribute__\(\(.*?\)\)\)?")


def pahole(args):
    """pahole's output, or None when the object has no type at all (a header
    of functions and macros leaves no DWARF type for pahole to read)."""
    result = harness.capture([PAHOLE] + args)
    if result.returncode != 0:
        if "has no supported type information" in result.stderr:
            return None
        sys.stderr.write(result.stderr[-4000:])
        raise SystemExit(f"FAIL: pahole {shlex.join(args)} exited "
                         f"{result.returncode}")
    return result.stdout


# --- pahole -----------------------------------------------------------------

class Body:
    def __init__(self, kind, name):
        self.kind = kind
        self.name = name
        self.members = []
        self.size = None
        self.padding = 0
        self.bit_padding = 0
        self.typedef = False

    def key(self):
        """How kbindgen is asked for it: `struct foo`, or a typedef name."""
        return self.name if self.typedef else f"{self.kind} {self.name}"


def member_name(decl):
    """The member name in a pahole declaration (`int x:3`, `char a[4]`,
    `void (*fn)(int)`, `} inner[2]`, `}` for an anonymous member, `struct
    ns_tree ;` for a tagged one under -fms-extensions)."""
    decl = ATTRIBUTE.sub("", decl).strip().rstrip(";").strip()
    fn = re.search(r"\(\*\s*(\w*)\)", decl)
    if fn:
        return fn.group(1)
    decl = re.sub(r"(\[\d*\])+$", "", decl)
    decl = re.sub(r":\d+$", "", decl)
    if decl.startswith("}"):
        return decl[1:].strip()
    if re.fullmatch(r"(struct|union|enum)\s+\w+", decl):
        return ""  # a tag without a declarator: an unnamed member
    match = re.search(r"(\w+)$", decl)
    return match.group(1) if match else ""


def parse_pahole(text):
    """Records pahole printed with -M -a: key() -> Body (top level only)."""
    records = {}
    stack = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not stack:
            match = re.match(r"^(struct|union) (\S+) \{$", line)
            if match:
                stack.append(Body(match.group(1), match.group(2)))
                continue
            # -a: `typedef struct { ... } name;`; other anonymous records
            # have no name to ask kbindgen about.
            match = re.match(r"^(typedef )?(struct|union) \{$", line)
            if match:
                stack.append(Body(match.group(2), None if match.group(1)
                                  else ANONYMOUS))
            continue
        frame = stack[-1]
        hole = HOLE.match(line)
        if hole:
            target = frame.members[-1] if frame.members else None
            key = "hole" if hole.group(2) == "byte" else "bit_hole"
            if target is not None:
                target[key] += int(hole.group(1))
            continue
        match = re.match(r"^/\* size: (\d+),", line)
        if match:
            frame.size = int(match.group(1))
            continue
        match = re.match(r"^/\* padding: (\d+) \*/$", line)
        if match:
            frame.padding = int(match.group(1))
            continue
        match = re.match(r"^/\* bit_padding: (\d+) bits? \*/$", line)
        if match:
            frame.bit_padding = int(match.group(1))
            continue
        if "hole" in line and line.startswith("/* XXX"):
            raise SystemExit(f"FAIL: cannot read pahole hole: {raw!r}")
        if line.startswith("/*"):
            continue  # cache lines, "combined with previous fields", sums
        match = re.match(r"^(struct|union|enum)( \S+)? \{$", line)
        if match:
            stack.append(Body(match.group(1), ""))
            continue
        if line.startswith("}"):
            closed = stack.pop()
            if not stack:
                if closed.name is None:
                    closed.name = member_name(line)
                    closed.typedef = True
                if closed.name != ANONYMOUS:
                    records[closed.key()] = closed
                continue
            place = OFFSET_COMMENT.match(line)
            if not place:
                raise SystemExit(f"FAIL: cannot read pahole line: {raw!r}")
            member = new_member(member_name(place.group("decl")), place)
            if closed.kind != "enum":
                member["expansion"] = closed
            stack[-1].members.append(member)
            continue
        if frame.kind == "enum":
            continue  # an anonymous enum's enumerators
        place = OFFSET_COMMENT.match(line)
        if not place:
            continue  # pahole's inferred `int :N;` padding has no offset
        frame.members.append(new_member(member_name(place.group("decl")),
                                        place))
    return records


def new_member(name, place):
    return {
        "name": name,
        "offset": int(place.group("offset")),
        "bit": int(place.group("bit")) if place.group("bit") else None,
        "size": int(place.group("size")),
        "hole": 0,
        "bit_hole": 0,
        "expansion": None,
    }


def parse_sizes(text):
    sizes = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].isdigit():
            sizes[parts[0]] = int(parts[1])
    return sizes


# --- comparison -------------------------------------------------------------

def compare_members(where, pahole_members, kb_members, kind, differences):
    kb_members = [m for m in kb_members
                  if not (m.get("bitfield") or {}).get("unnamed")]
    if len(pahole_members) != len(kb_members):
        differences.append(
            f"{where}: pahole has {len(pahole_members)} members "
            f"{[m['name'] for m in pahole_members]}, kbindgen "
            f"{len(kb_members)} {[m['name'] for m in kb_members]}")
        return
    for ph, kb in zip(pahole_members, kb_members):
        here = f"{where}.{ph['name'] or '<anonymous>'}"
        kb_bit = kb["bitfield"]["bit_in_unit"] if "bitfield" in kb else None
        facts = [("name", ph["name"], kb["name"]),
                 ("offset", ph["offset"], kb["offset"]),
                 ("size", ph["size"], kb["size"]),
                 ("bitfield bit", ph["bit"], kb_bit)]
        if kind == "struct":
            facts += [("hole after", ph["hole"], kb["hole_after"]),
                      ("bit hole after", ph["bit_hole"], kb["bit_hole_after"])]
        for fact, theirs, ours in facts:
            if theirs != ours:
                differences.append(
                    f"{here}: {fact} pahole {theirs}, kbindgen {ours}")
        if ph["expansion"] is not None or "expansion" in kb:
            if ph["expansion"] is None or "expansion" not in kb:
                differences.append(f"{here}: expanded by only one side")
                continue
            compare_members(here, ph["expansion"].members,
                            kb["expansion"]["members"],
                            ph["expansion"].kind, differences)


def compare_record(body, size, kb, differences):
    where = body.key()
    if kb["kind"] != body.kind:
        differences.append(f"{where}: kbindgen says {kb['kind']}")
        return
    if size is not None and size != kb["size"]:
        differences.append(f"{where}: size pahole {size}, kbindgen {kb['size']}")
    if body.size is not None and body.size != kb["size"]:
        differences.append(
            f"{where}: size pahole {body.size}, kbindgen {kb['size']}")
    compare_members(where, body.members, kb["members"], body.kind, differences)
    if body.kind == "struct":
        for fact, theirs, ours in (("padding", body.padding, kb["padding"]),
                                   ("bit padding", body.bit_padding,
                                    kb["bit_padding"])):
            if theirs != ours:
                differences.append(
                    f"{where}: {fact} pahole {theirs}, kbindgen {ours}")


def cross_check(kbindgen, header, options, clang_args, workdir, cwd):
    """Returns (records compared, differences)."""
    os.makedirs(workdir, exist_ok=True)
    source = os.path.join(workdir, "layout_probe.c")
    obj = os.path.join(workdir, "layout_probe.o")
    with open(source, "w", encoding="utf-8") as f:
        f.write(f'#include "{os.path.abspath(os.path.join(cwd, header))}"\n')
    harness.run([CLANG] + clang_args + DEBUG_FLAGS + ["-c", source, "-o", obj],
                cwd=cwd)
    listing = pahole(["-M", "--anon_include", obj])
    if listing is None:
        return 0, []
    records = parse_pahole(listing)
    if not records:
        return 0, []
    sizes = parse_sizes(pahole(["-s", obj]))
    with open(os.path.join(workdir, "pahole.txt"), "w", encoding="utf-8") as f:
        f.write(listing)
    names = sorted(records)
    command = ([kbindgen, "layout", "--json"] + names + ["--header", header] +
               options + ["--"] + clang_args)
    result = harness.capture(command, cwd=cwd)
    if result.returncode != 0:
        sys.stderr.write(result.stderr[-4000:])
        raise SystemExit(f"FAIL: kbindgen layout exited {result.returncode}")
    with open(os.path.join(workdir, "kbindgen.json"), "w",
              encoding="utf-8") as f:
        f.write(result.stdout)
    layouts = json.loads(result.stdout)["records"]
    differences = []
    for name, kb in zip(names, layouts):
        body = records[name]
        size = None if body.typedef else sizes.get(body.name)
        compare_record(body, size, kb, differences)
    return len(records), differences


def kernel_args(args_file):
    """(header, bindgen options, C flags) of a recorded kernel invocation."""
    with open(args_file, encoding="utf-8") as f:
        words = f.read().split("\n")
    if words and words[-1] == "":
        words.pop()
    cut = words.index("--")
    before, cflags = words[:cut], words[cut + 1:]
    header, options, skip = None, [], False
    for word in before:
        if skip:
            skip = False
        elif word == "-o":
            skip = True
        elif header is None and not word.startswith("-"):
            header = word
        else:
            options.append(word)
    # Make's dependency file is not ours to write.
    cflags = [w for w in cflags if not w.startswith("-Wp,-MMD")]
    return header, options, cflags


def report(count, differences):
    for difference in differences:
        print(f"DIFF {difference}")
    print(f"compared {count} records, {len(differences)} differences")
    return 1 if differences else 0


def main(argv):
    if len(argv) == 4 and argv[0] == "golden":
        kbindgen, header, workdir = argv[1:]
        options, clang_args = harness.read_flags(header)
        kbindgen = os.path.abspath(kbindgen)
        cwd = os.path.dirname(os.path.abspath(header))
        count, differences = cross_check(
            kbindgen, os.path.basename(header), options, clang_args,
            os.path.abspath(workdir), cwd)
        return report(count, differences)
    if len(argv) == 5 and argv[0] == "kernel":
        kbindgen, tree, args_file, workdir = argv[1:]
        header, options, cflags = kernel_args(args_file)
        count, differences = cross_check(
            os.path.abspath(kbindgen), header, options, cflags,
            os.path.abspath(workdir), os.path.abspath(tree))
        return report(count, differences)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

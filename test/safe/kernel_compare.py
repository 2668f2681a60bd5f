#!/usr/bin/env python3
"""Compares kernel-style skeletons with rust/kernel's hand-written layer.

  kernel_compare.py names RUST_KERNEL_DIR
      prints the C functions rust/kernel calls as `bindings::NAME(`, one a line
  kernel_compare.py compare RUST_KERNEL_DIR EXPECTED SKELETON...
      classifies each function's hand-written use and its generated wrapper,
      prints the count, the matches and the mismatches by kind, and fails
      when fewer match than EXPECTED says (`matches N`).

What the classifier reads from the hand-written code, per call site (the
function's most common use wins):
- convention: the call sits inside `to_result(...)` (errno) or
  `from_err_ptr(...)` (ERR_PTR) in the same statement; or the enclosing fn
  is `inc_ref`/`dec_ref` (refcount), `drop` (destructor), or named like a
  lock (`lock`, `try_lock`, ...) or an unlock; else plain;
- receiver: the C function's first parameter is a pointer (raw bindings)
  and the call's first argument is the object of a Rust wrapper (it
  names `self`, `.0.get()`, `.as_raw()`, `.as_ptr()`, `.get()`, ... or is a
  local bound to such an expression in the same fn): a method; else free;
- safety: the enclosing fn is `unsafe fn` (the caller vouches) or not (the
  hand-written code exposes the call safely).
A value return checked by hand counts as errno when `from_errno(` follows
the call within its fn. What it cannot tell: other hand-made checks
(`ret == 0`, a bool), whether the wrapper object is really the C object's
owner (the accessor names are a guess), calls made through macros, and
whether an `unsafe fn` is unsafe for the reason the skeleton names. For the
pair conventions (refcount, destructor, lock) the trait or guard decides
the safety, so only the convention is compared there.
"""

import collections
import glob
import os
import re
import sys

CALL = re.compile(r"\bbindings::([a-z_][a-z0-9_]*)\s*\(")
FN = re.compile(r"\b(unsafe\s+)?fn\s+([a-z_][a-z0-9_]*)\s*(<[^>]*>)?\s*\(([^)]*)")
PAIR_KINDS = ("refcount", "destructor", "lock", "unlock")


def rust_sources(root):
    return sorted(glob.glob(os.path.join(root, "**", "*.rs"), recursive=True))


def enclosing_fn(text, pos):
    """The last fn header before pos: (is_unsafe, name, its start)."""
    found = None
    for m in FN.finditer(text, 0, pos):
        found = m
    if not found:
        return False, "", 0
    return bool(found.group(1)), found.group(2), found.start()


def first_argument(text, pos):
    """The first argument of the call whose `(` is at or after pos."""
    i = text.index("(", pos) + 1
    depth, start = 0, i
    while i < len(text):
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif c == "," and depth == 0:
            break
        i += 1
    return text[start:i].strip()


# An expression that reaches the C object a Rust wrapper holds.
WRAPPED = re.compile(r"\bself\b|\.0\.get\(\)|\.as_raw\(\)|\.as_ptr\(\)|\.get\(\)|"
                     r"Opaque::raw_get|\.inner\b")


def receives_wrapped_object(text, fn_start, pos):
    """Whether the call's first argument is the object of a Rust wrapper:
    it names `self` or a wrapper accessor, or is a local bound to one."""
    arg = first_argument(text, pos)
    if WRAPPED.search(arg):
        return True
    local = re.fullmatch(r"&?(?:raw (?:const|mut) )?\(?\*?([a-z_][a-z0-9_]*)\)?", arg)
    if not local:
        return False
    binding = re.compile(r"let\s+(mut\s+)?" + re.escape(local.group(1)) + r"\b[^;]*;")
    return any(WRAPPED.search(b.group(0)) for b in binding.finditer(text, fn_start, pos))


def statement_before(text, pos):
    """The text of the statement the call at pos belongs to, up to the call."""
    start = max(text.rfind(";", 0, pos), text.rfind("{\n", 0, pos - 40 if pos > 40 else 0))
    return text[start + 1:pos]


def hand_uses(root, pointer_first=None):
    """Call sites by C name; pointer_first (C names whose first parameter is
    a pointer, from the raw bindings) limits `method` to calls that can
    receive an object."""
    uses = collections.defaultdict(list)
    for path in rust_sources(root):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for m in CALL.finditer(text):
            name = m.group(1)
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text[line_start:m.start()].lstrip().startswith("//"):
                continue  # doc examples call made-up functions
            is_unsafe, fn_name, fn_start = enclosing_fn(text, m.start())
            before = statement_before(text, m.start())
            # A value return checked by hand: `if ret < 0 { ...from_errno(ret) }`.
            after = text[m.end():m.end() + 400]
            next_fn = FN.search(after)
            after = after[:next_fn.start()] if next_fn else after
            if "from_err_ptr(" in before:
                conv = "err_ptr"
            elif "to_result(" in before or "from_errno(" in after or \
                    re.search(r"to_result\(\s*ret\s*\)", after):
                conv = "errno"
            elif fn_name in ("inc_ref", "dec_ref"):
                conv = "refcount"
            elif fn_name == "drop" and "=" not in before:
                conv = "destructor"  # a call whose result Drop uses is not
            elif re.fullmatch(r"(try_)?lock(_\w+)?", fn_name):
                conv = "lock"
            elif re.fullmatch(r"unlock(_\w+)?", fn_name):
                conv = "unlock"
            else:
                conv = "plain"
            uses[name].append({
                "convention": conv,
                "receiver": "method" if receives_wrapped_object(text, fn_start, m.start())
                            and (pointer_first is None or name in pointer_first) else "free",
                "safety": "unsafe" if is_unsafe else "safe",
                "where": f"{os.path.relpath(path, root)}:{text.count(chr(10), 0, m.start()) + 1}",
            })
    return uses


def most_common(uses, key):
    return collections.Counter(u[key] for u in uses).most_common(1)[0][0]


def block_after(text, start):
    """The brace-balanced block that starts at the first `{` after start."""
    open_at = text.find("{", start)
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[open_at:i + 1]
    return text[open_at:]


def generated_forms(skeletons):
    """C name → {convention, receiver, safety} of its generated wrapper."""
    forms = {}
    for path in skeletons:
        with open(path) as f:
            text = f.read()
        for m in re.finditer(r"/// Calls `(?:rust_helper_)?([a-z0-9_]+)`", text):
            name = m.group(1)
            head = re.compile(r"pub (unsafe )?fn (\w+)(<[^>]*>)?\(").search(text, m.end())
            if not head:
                continue
            params = text[head.end():text.find(")", head.end())]
            body = block_after(text, head.end())
            if name in forms and forms[name]["convention"] in PAIR_KINDS:
                continue
            if "from_err_ptr(" in body:
                conv = "err_ptr"
            elif "to_result(" in body:
                conv = "errno"
            elif "Guard" in text[head.end():head.end() + 200].split("{")[0]:
                conv = "lock"
            else:
                conv = "plain"
            forms[name] = {
                "convention": conv,
                "receiver": "method" if re.match(r"\s*(&\s*(mut\s+)?)?self\b", params) else "free",
                "safety": "unsafe" if head.group(1) else "safe",
            }
        # Pairs: a destructor in Drop, get/put in AlwaysRefCounted, an unlock
        # in a guard's Drop.
        for impl in re.finditer(r"(unsafe )?impl (\w+) for (\w+)(<'_>)? \{", text):
            body = block_after(text, impl.start())
            trait, target = impl.group(2), impl.group(3)
            for call in re.finditer(r"raw::([a-z0-9_]+)\(", body):
                name = call.group(1)
                if trait == "AlwaysRefCounted":
                    conv = "refcount"
                elif trait == "Drop":
                    conv = "unlock" if target.endswith("Guard") else "destructor"
                else:
                    continue
                forms[name] = {"convention": conv, "receiver": "method", "safety": "safe"}
    return forms


def pointer_first_params(skeletons):
    """C names whose first parameter is a pointer, read from the raw
    bindings written beside each skeleton (NAME.raw.rs)."""
    names = set()
    for path in skeletons:
        raw = path[:-3] + ".raw.rs"
        if not os.path.exists(raw):
            continue
        with open(raw) as f:
            text = f.read()
        for m in re.finditer(r"pub fn (?:rust_helper_)?([a-z0-9_]+)\(\s*\w+:\s*\*", text):
            names.add(m.group(1))
    return names


def compare(root, expected_path, skeletons):
    uses = hand_uses(root, pointer_first_params(skeletons))
    forms = generated_forms(skeletons)
    mismatches = collections.defaultdict(list)
    matches = 0
    for name in sorted(uses):
        hand = {k: most_common(uses[name], k) for k in ("convention", "receiver", "safety")}
        where = uses[name][0]["where"]
        gen = forms.get(name)
        if not gen:
            mismatches["not wrapped"].append(f"{name} ({where}: {hand['convention']})")
            continue
        kinds = []
        if gen["convention"] != hand["convention"]:
            kinds.append(f"convention: generated {gen['convention']}, hand-written {hand['convention']}")
        if gen["convention"] not in PAIR_KINDS and hand["convention"] not in PAIR_KINDS:
            if gen["receiver"] != hand["receiver"]:
                kinds.append(f"receiver: generated {gen['receiver']}, hand-written {hand['receiver']}")
            if gen["safety"] != hand["safety"]:
                kinds.append(f"safety: generated {gen['safety']}, hand-written {hand['safety']}")
        if not kinds:
            matches += 1
        for kind in kinds:
            mismatches[kind.split(":")[0]].append(f"{name} ({where}): {kind}")
    total = len(uses)
    print(f"{total} C functions called through bindings:: in rust/kernel; "
          f"{matches} match ({100.0 * matches / max(total, 1):.1f}%)")
    for kind in sorted(mismatches, key=lambda k: -len(mismatches[k])):
        print(f"mismatch: {kind}: {len(mismatches[kind])}")
        for line in mismatches[kind]:
            print(f"  {line}")
    with open(expected_path) as f:
        expected = dict(line.split() for line in f if line.strip() and not line.startswith("#"))
    failed = False
    if total != int(expected["functions"]):
        print(f"FAIL: {total} functions, the expected-figures file says {expected['functions']}")
        failed = True
    if matches < int(expected["matches"]):
        print(f"FAIL: {matches} match, fewer than the {expected['matches']} expected")
        failed = True
    elif matches > int(expected["matches"]):
        print(f"note: {matches} match, more than the {expected['matches']} expected: raise it")
    return 1 if failed else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "names":
        for name in sorted(hand_uses(argv[2])):
            print(name)
        return 0
    if len(argv) >= 5 and argv[1] == "compare":
        return compare(argv[2], argv[3], argv[4:])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

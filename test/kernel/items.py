#!/usr/bin/env python3
"""List the items a generated Rust bindings file declares, one `KIND NAME` a line.

Kinds: fn, static (in extern blocks), struct, union, enum, type (also `pub use
X as NAME`), const (at the top level), and, inside inherent `impl TYPE` blocks, method and assoc_const,
named TYPE::NAME (bitfield accessors, newtype-enum constants). Only `pub`
items count: the generators emit every binding `pub`. bindgen's struct
emulation of a union (old --rust-target) counts as the union it is.

A small tokenizer (comments, strings, chars, lifetimes) and a brace-aware
scanner, so it reads rustfmt'd and unformatted output alike.

Usage: items.py FILE...   (prints the union of the items of all files, sorted)
       items.py --counts FILE  (prints `KIND COUNT` lines)
"""

import re
import sys

TOKEN_RE = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*)
  | (?P<raw_string>b?r(?P<hashes>\#*)")
  | (?P<string>b?"(?:[^"\\]|\\.)*")
  | (?P<char>b?'(?:[^'\\\n]|\\[^\n]{1,10}?)')
  | (?P<lifetime>'[A-Za-z_][A-Za-z0-9_]*)
  | (?P<ident>(?:r\#)?[A-Za-z_][A-Za-z0-9_]*)
  | (?P<number>[0-9][0-9A-Za-z_.]*)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)

ITEM_KINDS = {"fn", "struct", "union", "enum", "type", "const", "static",
              "trait", "mod", "impl", "use", "macro_rules"}
# Items whose body is a brace block that ends the item.
BLOCK_ITEMS = {"fn", "struct", "union", "enum", "trait", "mod", "impl", "extern"}
TOP_KINDS = {"fn", "struct", "union", "enum", "type", "const", "static"}
OPEN = {"(": ")", "[": "]", "{": "}"}


def tokenize(text):
    """Yields (kind, text) tokens; comments and whitespace are dropped."""
    pos = 0
    tokens = []
    while pos < len(text):
        match = TOKEN_RE.match(text, pos)
        kind = match.lastgroup
        if kind == "hashes":
            kind = "raw_string"
        if kind == "block_comment":
            depth, pos = 1, match.end()
            while depth and pos < len(text):
                if text.startswith("/*", pos):
                    depth, pos = depth + 1, pos + 2
                elif text.startswith("*/", pos):
                    depth, pos = depth - 1, pos + 2
                else:
                    pos += 1
            continue
        if kind == "raw_string":
            end = text.find('"' + match.group("hashes"), match.end())
            if end < 0:
                raise ValueError("unterminated raw string")
            pos = end + 1 + len(match.group("hashes"))
            tokens.append(("string", ""))
            continue
        pos = match.end()
        if kind in ("space", "line_comment"):
            continue
        if kind == "char":
            kind = "string"
        tokens.append((kind, match.group(0)))
    return tokens


class Scanner:
    def __init__(self, tokens):
        self.tokens = tokens
        self.items = []

    def text(self, i):
        return self.tokens[i][1] if i < len(self.tokens) else ""

    def skip_group(self, i):
        """i is at an opening bracket; returns the index after its match."""
        stack = [OPEN[self.text(i)]]
        i += 1
        while stack:
            if i >= len(self.tokens):
                raise ValueError("unbalanced brackets at end of file")
            tok = self.text(i)
            if self.tokens[i][0] == "punct":
                if tok in OPEN:
                    stack.append(OPEN[tok])
                elif tok in ")]}":
                    if tok != stack.pop():
                        raise ValueError("mismatched bracket %r" % tok)
            i += 1
        return i

    def header(self, i):
        """Top-level tokens of a statement from i up to `{` or `;`.

        Returns (header tokens, index of the `{`/`;`/`}` that stopped it)."""
        words = []
        while i < len(self.tokens):
            kind, tok = self.tokens[i]
            if kind == "punct" and tok in "{;}":
                return words, i
            if kind == "punct" and tok in "([":
                words.append(tok + OPEN[tok])
                i = self.skip_group(i)
                continue
            words.append(tok if kind != "string" else '"')
            i += 1
        return words, i

    @staticmethod
    def classify(words):
        """(kind, name, is_pub) of an item header, kind None if not an item."""
        pos = 0
        is_pub = False
        if pos < len(words) and words[pos] == "pub":
            is_pub = True
            pos += 1
            if pos < len(words) and words[pos] == "()":
                pos += 1
        saw_extern = False
        while pos < len(words):
            word = words[pos]
            if word in ("unsafe", "safe", "async", "default"):
                pos += 1
            elif word == "const" and pos + 1 < len(words) and words[pos + 1] in (
                    "fn", "unsafe", "extern"):
                pos += 1
            elif word == "extern":
                saw_extern = True
                pos += 1
                if pos < len(words) and words[pos] == '"':
                    pos += 1
            else:
                break
        if pos >= len(words):
            return ("extern" if saw_extern else None), None, is_pub
        kind = words[pos]
        if kind not in ITEM_KINDS:
            return None, None, is_pub
        pos += 1
        if kind == "impl":
            return kind, Scanner.impl_type(words[pos:]), is_pub
        if kind == "use":
            # `pub use self::irqreturn as irqreturn_t;` is bindgen's spelling
            # of some typedefs: count it as the type alias it is.
            rest = words[pos:]
            if "as" in rest and rest.index("as") + 1 < len(rest):
                return "type", rest[rest.index("as") + 1], is_pub
            return None, None, is_pub
        if kind == "static" and pos < len(words) and words[pos] == "mut":
            pos += 1
        name = words[pos] if pos < len(words) else None
        if name and name.startswith("r#"):
            name = name[2:]
        return kind, name, is_pub

    @staticmethod
    def impl_type(words):
        """The type an impl is for; None for a trait impl."""
        if "for" in words:
            return None
        pos = 0
        if pos < len(words) and words[pos] == "<":
            depth = 0
            while pos < len(words):
                depth += {"<": 1, ">": -1}.get(words[pos], 0)
                pos += 1
                if depth == 0:
                    break
        path = []
        while pos < len(words) and words[pos] not in ("<", "where"):
            path.append(words[pos])
            pos += 1
        names = [w for w in path if w != ":"]
        return names[-1] if names else None

    def emulates_union(self, i):
        """Whether the struct body at i is bindgen's emulation of a C union.

        Below --rust-target 1.49 a union with a non-Copy field cannot be a Rust
        union: bindgen then writes a struct of __BindgenUnionField fields plus
        a `bindgen_union_field` that gives its size. It is a union all the same."""
        end = self.skip_group(i)
        return any(self.tokens[j] == ("ident", "bindgen_union_field") for j in range(i, end))

    def block(self, i, context, owner=None):
        """Scans statements from i to the `}` closing this block (or EOF)."""
        while i < len(self.tokens):
            if self.text(i) == "}":
                return i + 1
            if self.text(i) == ";":
                i += 1
                continue
            while self.text(i) == "#":
                i += 1
                if self.text(i) == "!":
                    i += 1
                i = self.skip_group(i)
            words, stop = self.header(i)
            kind, name, is_pub = self.classify(words)
            if kind == "struct" and self.text(stop) == "{" and self.emulates_union(stop):
                kind = "union"
            self.record(context, owner, kind, name, is_pub)
            if stop < len(self.tokens) and self.text(stop) == "{" and kind in BLOCK_ITEMS:
                if kind == "extern" and context == "top":
                    i = self.block(stop + 1, "extern")
                elif kind == "impl" and context == "top" and name:
                    i = self.block(stop + 1, "impl", name)
                else:
                    i = self.skip_group(stop)
                continue
            # An expression item (const X: T = T { .. };) runs to its `;`.
            i = stop
            while i < len(self.tokens) and self.text(i) not in (";", "}"):
                if self.text(i) in OPEN:
                    i = self.skip_group(i)
                else:
                    i += 1
            if self.text(i) == ";":
                i += 1
        return i

    def record(self, context, owner, kind, name, is_pub):
        if not is_pub or not name or name == "_":
            return
        if context == "top" and kind in TOP_KINDS:
            self.items.append((kind, name))
        elif context == "extern" and kind in ("fn", "static"):
            self.items.append((kind, name))
        elif context == "impl" and kind == "fn":
            self.items.append(("method", owner + "::" + name))
        elif context == "impl" and kind == "const":
            self.items.append(("assoc_const", owner + "::" + name))


def items_of(path):
    with open(path, encoding="utf-8") as f:
        scanner = Scanner(tokenize(f.read()))
    end = scanner.block(0, "top")
    if end < len(scanner.tokens):
        raise ValueError("%s: unbalanced `}` at token %d" % (path, end))
    return scanner.items


def main(argv):
    if len(argv) >= 2 and argv[0] == "--counts":
        counts = {}
        for kind, _ in set(items_of(argv[1])):
            counts[kind] = counts.get(kind, 0) + 1
        for kind in sorted(counts):
            print(kind, counts[kind])
        return 0
    items = set()
    for path in argv:
        items.update(items_of(path))
    for kind, name in sorted(items):
        print(kind, name)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except (OSError, ValueError) as error:
        print("items.py: error: %s" % error, file=sys.stderr)
        sys.exit(1)

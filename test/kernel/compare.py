#!/usr/bin/env python3
"""Step 7 of the kernel acceptance test: every item Debian's bindgen emits for
the kernel's three inputs, kbindgen emits too, unless expected-differences.txt
lists it with a reason.

Usage: compare.py EXPECTED_DIFFERENCES RESULT_DIR KBINDGEN_OBJTREE BINDGEN_OBJTREE

Writes to RESULT_DIR: counts.tsv (file, kind, kbindgen count, bindgen count),
missing-unexplained.txt, missing-explained.txt and extra.txt (emitted by
kbindgen only), each `FILE KIND NAME` a line. Exits 1 on any unexplained
missing item, or on a malformed expectations file.
"""

import fnmatch
import os
import sys

import items  # beside this script, so on sys.path already

OUTPUTS = ["rust/bindings/bindings_generated.rs", "rust/uapi/uapi_generated.rs",
           "rust/bindings/bindings_helpers_generated.rs"]


def read_expectations(path):
    """[(file glob, kind glob, name glob, reason)] from the expectations file.

    A line is `FILE KIND NAME REASON...`; FILE is the output's base name,
    KIND and NAME may be shell globs; `#` starts a comment line."""
    expectations = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split(None, 3)
            if len(fields) < 4:
                raise ValueError("%s:%d: want `FILE KIND NAME REASON`, got %r"
                                 % (path, number, line))
            expectations.append(tuple(fields) + (number,))
    return expectations


def explanation(expectations, file, kind, name):
    for file_glob, kind_glob, name_glob, reason, number in expectations:
        if (fnmatch.fnmatchcase(file, file_glob) and fnmatch.fnmatchcase(kind, kind_glob)
                and fnmatch.fnmatchcase(name, name_glob)):
            return number
    return None


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    expected_path, result_dir, kbindgen_tree, bindgen_tree = argv
    expectations = read_expectations(expected_path)
    used_expectations = set()
    os.makedirs(result_dir, exist_ok=True)
    counts, unexplained, explained, extra = [], [], [], []
    for output in OUTPUTS:
        file = os.path.basename(output)
        ours = set(items.items_of(os.path.join(kbindgen_tree, output)))
        theirs = set(items.items_of(os.path.join(bindgen_tree, output)))
        kinds = sorted({kind for kind, _ in ours | theirs})
        for kind in kinds:
            counts.append((file, kind, sum(1 for k, _ in ours if k == kind),
                           sum(1 for k, _ in theirs if k == kind)))
        our_kinds = {}
        for kind, name in ours:
            our_kinds.setdefault(name, []).append(kind)
        for kind, name in sorted(theirs - ours):
            number = explanation(expectations, file, kind, name)
            if number is None:
                # A name kbindgen emits as another kind is worth saying so.
                other = ",".join(sorted(our_kinds.get(name, [])))
                unexplained.append((file, kind, name) + (("kbindgen: " + other,) if other else ()))
            else:
                used_expectations.add(number)
                explained.append((file, kind, name))
        extra.extend((file, kind, name) for kind, name in sorted(ours - theirs))

    def write(name, rows):
        with open(os.path.join(result_dir, name), "w", encoding="utf-8") as f:
            for row in rows:
                f.write("\t".join(str(field) for field in row) + "\n")

    write("counts.tsv", counts)
    write("missing-unexplained.txt", unexplained)
    write("missing-explained.txt", explained)
    write("extra.txt", extra)

    for *_, number in expectations:
        if number not in used_expectations:
            print("compare: note: %s:%d matches no missing item (stale?)"
                  % (expected_path, number), file=sys.stderr)
    print("compare: %d items only bindgen emits are explained, %d are not; "
          "%d items only kbindgen emits" % (len(explained), len(unexplained), len(extra)),
          file=sys.stderr)
    for row in unexplained[:60]:
        print("compare: missing in kbindgen: %s" % " ".join(row), file=sys.stderr)
    if len(unexplained) > 60:
        print("compare: ... %d more in %s" % (len(unexplained) - 60,
              os.path.join(result_dir, "missing-unexplained.txt")), file=sys.stderr)
    return 1 if unexplained else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except (OSError, ValueError) as error:
        print("compare.py: error: %s" % error, file=sys.stderr)
        sys.exit(1)

#!/usr/bin/env python3
"""Macro figures of a kernel run, for the summary (issue 4).

  macro_counts.py IR_JSON [BINDGEN_OUTPUT_RS]

From kbindgen's --emit-ir of bindings_helper.h: how many macros the
translation unit defines (object-like and function-like, the compiler's own
excluded), how many kbindgen emits as constants, and why the others were
skipped; with bindgen's output, how many of those macros bindgen emits.
"""

import collections
import json
import re
import sys


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        ir = json.load(f)
    macro_items = [i for i in ir["items"]
                   if i["kind"] == "constant" and i.get("origin") == "macro"]
    emitted = {i["name"] for i in macro_items
               if i["decision"]["disposition"] in ("emit", "opaque")}
    skipped = collections.Counter(m["reason"] for m in ir["skipped_macros"])
    defined = len(macro_items) + sum(skipped.values())
    print(f"macros defined: {defined}")
    print(f"kbindgen constants: {len(emitted)} emitted "
          f"({len(macro_items) - len(emitted)} more evaluated but not selected)")
    for reason, count in skipped.most_common():
        print(f"skipped, {reason}: {count}")
    if len(argv) == 3:
        with open(argv[2], encoding="utf-8") as f:
            bindgen_consts = set(re.findall(r"^pub const (\w+):", f.read(), re.M))
        names = {i["name"] for i in macro_items} | {m["name"] for m in ir["skipped_macros"]}
        print(f"bindgen constants from macros: {len(bindgen_consts & names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

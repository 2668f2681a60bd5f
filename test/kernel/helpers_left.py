#!/usr/bin/env python3
"""Step 10 of the kernel test: the kernel's rust/helpers that kbindgen did
not generate, split into those Rust binds directly and those left.

  helpers_left.py OUT_DIR

Reads OUT_DIR/helpers-not-covered.txt, wrapped.rs and wrapped-ir.json (the
--emit-ir of the same run) and writes helpers-direct.txt (functions with a
symbol in this configuration, declared in wrapped.rs without a link_name:
no wrapper needed) and helpers-left.txt (NAME, a tab, the reason: the
skipped macro's reason kbindgen recorded, or that the header does not
declare it).
"""

import json
import re
import sys


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = argv[1]
    with open(f"{out}/wrapped.rs", encoding="utf-8") as f:
        rust = f.read()
    with open(f"{out}/wrapped-ir.json", encoding="utf-8") as f:
        ir = json.load(f)
    module = ir.get("module", ir)
    skipped = {m["name"]: m["reason"] for m in module["skipped_macros"]}
    items = {i["name"] for i in module["items"] if i.get("name")}
    with open(f"{out}/helpers-not-covered.txt", encoding="utf-8") as f:
        names = f.read().split()
    direct, left = [], []
    for name in names:
        declared = re.search(r'(#\[link_name = "[^"]*"\]\s*)?pub fn ' + re.escape(name) + r"\(",
                             rust)
        if declared and not declared.group(1):
            direct.append(name)
        elif name in skipped:
            left.append(f"{name}\tmacro, {skipped[name]}")
        elif name in items:
            left.append(f"{name}\tdeclared, but not wrapped (see explain {name})")
        else:
            left.append(f"{name}\tnot in bindings_helper.h in this configuration: "
                        "the helper is hand-written C")
    with open(f"{out}/helpers-direct.txt", "w", encoding="utf-8") as f:
        f.write("".join(name + "\n" for name in direct))
    with open(f"{out}/helpers-left.txt", "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in left))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

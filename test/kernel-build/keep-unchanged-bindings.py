#!/usr/bin/env python3
"""Edits a 6.12 tree's rust/Makefile so that the generated bindings are
replaced only when their bytes change (issue 19), the way Kbuild's own
`filechk` treats generated headers.

Stock 6.12 post-processes two of its three generated files with `sed -Ei`,
which always writes a new file: every generator run, whatever the generator,
makes them newer than rust/bindings.o, and all Rust code is rebuilt. After
this edit the generator writes `$@.raw`, the kernel's sed (or nothing, for
uapi) turns it into `$@.new`, and `$@` is replaced only if `$@.new` differs.

Usage: keep-unchanged-bindings.py TREE   (idempotent; exit 1 if the Makefile
is not 6.12's shape)
"""
import re
import sys

path = sys.argv[1] + "/rust/Makefile"
text = open(path).read()
if "bindgen_target_sed" in text:
    sys.exit(0)
command = ("\t\t-o $@ -- $(bindgen_c_flags_final) -DMODULE \\\n"
           "\t\t$(bindgen_target_cflags) $(bindgen_target_extra)\n")
if command not in text:
    sys.exit("rust/Makefile: cmd_bindgen is not 6.12's")
text = text.replace(command, (
    "\t\t-o $@.raw -- $(bindgen_c_flags_final) -DMODULE \\\n"
    "\t\t$(bindgen_target_cflags) && \\\n"
    "\tsed -E $(or $(bindgen_target_sed),'') $@.raw >$@.new && \\\n"
    "\t{ cmp -s $@.new $@ && rm -f $@.new || mv -f $@.new $@; }\n"))
extra = re.compile(r"private bindgen_target_extra = ; \\\n    sed -Ei ('[^\n]*') \$@\n")
# On one line, a `#` would start a make comment: spell it as Kbuild does.
text, count = extra.subn(
    lambda m: "private bindgen_target_sed = " + m.group(1).replace("#", "$(pound)") + "\n",
    text)
if count != 2:
    sys.exit(f"rust/Makefile: {count} sed post-processing steps, expected 2")
open(path, "w").write(text)

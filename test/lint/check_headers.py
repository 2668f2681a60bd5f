#!/usr/bin/env python3
"""The header rules (README, "Layout of the source"):

- every public header is include/kbindgen/<Lib>/X.h, and lib/<Lib>/ exists;
- a public header includes only public headers (never lib/ or a relative path);
- every header's include guard is derived from its path: KBINDGEN_<LIB>_<X>_H
  for include/kbindgen/<Lib>/X.h, KBINDGEN_LIB_<PATH>_H under lib/,
  KBINDGEN_TEST_<PATH>_H under test/.

Exits 1 and names each offending file and rule.
"""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                       os.path.join(os.path.dirname(__file__), '..', '..'))


def expected_guard(rel):
    stem = rel[:-2]
    if stem.startswith('include/kbindgen/'):
        prefix, stem = 'KBINDGEN_', stem[len('include/kbindgen/'):]
    elif stem.startswith('lib/'):
        prefix, stem = 'KBINDGEN_LIB_', stem[len('lib/'):]
    elif stem.startswith('test/'):
        prefix, stem = 'KBINDGEN_TEST_', stem[len('test/'):]
    else:
        prefix = 'KBINDGEN_'
    return prefix + re.sub(r'[^A-Za-z0-9]', '_', stem).upper() + '_H'


def headers():
    for top in ('include', 'lib', 'test/unit', 'tools'):
        for dirpath, _, names in os.walk(os.path.join(ROOT, top)):
            for name in sorted(names):
                if name.endswith('.h'):
                    yield os.path.relpath(os.path.join(dirpath, name), ROOT)


problems = []
for rel in sorted(headers()):
    text = open(os.path.join(ROOT, rel), encoding='utf-8').read()
    m = re.search(r'^#ifndef (\w+)\n#define (\w+)$', text, re.M)
    want = expected_guard(rel)
    if not m or m.group(1) != m.group(2):
        problems.append(f'{rel}: no include guard (want {want})')
    elif m.group(1) != want:
        problems.append(f'{rel}: include guard {m.group(1)}, want {want}')
    if rel.startswith('include/'):
        parts = rel.split('/')
        if len(parts) != 4:
            problems.append(f'{rel}: a public header is include/kbindgen/<Lib>/X.h')
        elif not os.path.isdir(os.path.join(ROOT, 'lib', parts[2])):
            problems.append(f'{rel}: no library lib/{parts[2]} to mirror')
        for inc in re.findall(r'^#include "([^"]+)"', text, re.M):
            if not inc.startswith(('kbindgen/', 'llvm/')):
                problems.append(f'{rel}: a public header includes "{inc}"')

for problem in problems:
    print(f'check_headers: {problem}')
print(f'check_headers: {len(problems)} problem(s)')
sys.exit(1 if problems else 0)

"""Bitfield placement: kbindgen's accessors against clang's object bytes.

C has no offsetof for a bitfield and clang cannot bit_cast one in a constant
expression, so this check compiles (never runs) a C file for the target: one
static object per bitfield accessor kbindgen emitted, initialized with a
pattern in that field only, each in its own section. The bytes clang lays out
must be those kbindgen's `__BindgenBitfieldUnit::set(offset, width, value)`
would write (its big-endian rules included), at the unit's claimed offset.
"""

import os
import re
import subprocess

from layout_check import CLANG, Finding, UNIT_RE, c_record_views, first_error, run

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
    proc = run([CLANG, "-c", "-w", "-O0", f"--target={target.clang}", "-o", obj, source])
    if proc.returncode != 0:
        return Finding("bitfield-c", first_error(proc.stderr)), 0
    dumps = []
    for symbol in expected:
        dumps += ["--dump-section", f".{symbol}={os.path.join(work, f'{stem}.{symbol}.bin')}"]
    proc = run([OBJCOPY] + dumps + [obj, os.path.join(work, stem + ".scratch.o")])
    if proc.returncode != 0:
        return Finding("bitfield-c", first_error(proc.stderr)), 0
    for symbol, (name, start, unit) in expected.items():
        with open(os.path.join(work, f"{stem}.{symbol}.bin"), "rb") as f:
            data = f.read()
        whole = bytearray(len(data))
        whole[start:start + len(unit)] = unit
        if bytes(whole) != data:
            return Finding("bitfield", f"{name}: clang wrote {data.hex()}, kbindgen's "
                                       f"accessor {bytes(whole).hex()}"), len(expected)
    return None, len(expected)

"""Random C headers for the differential layout fuzzer (seeded, deterministic).

A header is a list of top-level items (records, typedefs, enums, macros,
function declarations), each one text chunk naming only earlier items, so a
reproducer can be minimized by dropping items. Names are fixed by kind and
number (`rN` record tags, `tN` typedefs, `eN` enums, `eN_K` enumerators,
`MN` macros, `fN` functions) so the checker can tell C names from the Rust
names kbindgen derives from them.
"""

import dataclasses
import random

INTEGER_TYPES = [
    "char", "signed char", "unsigned char", "short", "unsigned short", "int",
    "unsigned int", "long", "unsigned long", "long long", "unsigned long long",
]
# Type, width in bits on every target we test (long is handled apart).
BITFIELD_TYPES = {
    "_Bool": 1, "char": 8, "signed char": 8, "unsigned char": 8, "short": 16,
    "unsigned short": 16, "int": 32, "unsigned int": 32, "long long": 64,
    "unsigned long long": 64,
}
SCALAR_TYPES = INTEGER_TYPES + ["_Bool", "float", "double", "void *", "const char *",
                                "int *"]
ENUM_UNDERLYING = ["unsigned char", "signed char", "short", "unsigned short", "int",
                   "unsigned int", "long", "unsigned long", "long long",
                   "unsigned long long"]
ALIGNMENTS = [1, 2, 4, 8, 16]


@dataclasses.dataclass
class Item:
    """One top-level declaration: its text and the names it defines."""
    text: str
    kind: str  # record, typedef, enum, macro, function
    names: list


@dataclasses.dataclass
class ValueType:
    """A type usable by value in a field, with how to spell a declarator."""
    spelling: str  # e.g. "struct r3", "t2", "enum e1"
    bitfield_width: int = 0  # > 0 when it can be a bitfield of at most this width
    is_record: bool = False
    bitfield_min_width: int = 1  # an enum's values need this many bits

    def declare(self, name):
        return f"{self.spelling} {name}"


class HeaderGenerator:
    def __init__(self, seed, max_items=14):
        self.random = random.Random(seed)
        self.max_items = max_items
        self.items = []
        self.counter = 0
        self.value_types = []  # records/typedefs/enums usable as field types
        self.enum_constants = []  # integer constants macros may refer to
        self.macros = []

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def chance(self, probability):
        return self.random.random() < probability

    # Types ----------------------------------------------------------------

    def scalar(self):
        r = self.random
        if self.value_types and self.chance(0.35):
            return r.choice(self.value_types)
        spelling = r.choice(SCALAR_TYPES)
        return ValueType(spelling, BITFIELD_TYPES.get(spelling, 0))

    def field_declarator(self, name):
        """`TYPE NAME[...]` for a plain (non-bitfield) field."""
        vtype = self.scalar()
        if self.chance(0.1):
            params = ", ".join(self.random.choice(INTEGER_TYPES)
                               for _ in range(self.random.randint(0, 3))) or "void"
            return f"{self.random.choice(['int', 'void', 'long'])} (*{name})({params})"
        declarator = vtype.declare(name)
        if self.chance(0.2):
            for _ in range(self.random.randint(1, 2)):
                declarator += f"[{self.random.randint(1, 5)}]"
        return declarator

    # Records ----------------------------------------------------------------

    def attribute_list(self, packed_ok=True):
        attributes = []
        if packed_ok and self.chance(0.2):
            attributes.append("packed")
        if self.chance(0.15):
            attributes.append(f"aligned({self.random.choice(ALIGNMENTS)})")
        if not attributes:
            return ""
        return " __attribute__((" + ", ".join(attributes) + "))"

    def bitfield(self, name):
        r = self.random
        if self.chance(0.15):
            enums = [t for t in self.value_types if t.spelling.startswith("enum ")
                     and t.bitfield_width]
            if enums:
                enum = r.choice(enums)
                width = r.randint(enum.bitfield_min_width, enum.bitfield_width)
                return f"{enum.spelling} {name} : {width}"
        spelling = r.choice(list(BITFIELD_TYPES))
        width = BITFIELD_TYPES[spelling]
        if self.chance(0.12):
            return f"{spelling} : 0"  # zero width: unnamed by rule
        bits = r.randint(1, width)
        if self.chance(0.1):
            return f"{spelling} : {bits}"  # unnamed padding
        return f"{spelling} {name} : {bits}"

    def members(self, depth, is_union, allow_flexible):
        """Member lines of a record body."""
        lines = []
        count = self.random.randint(1, 6)
        for _ in range(count):
            name = self.fresh("m")
            roll = self.random.random()
            if roll < 0.3:
                lines.append(self.bitfield(name) + ";")
            elif roll < 0.42 and depth < 3:
                keyword = self.random.choice(["struct", "union"])
                body = self.members(depth + 1, keyword == "union", False)
                attributes = self.attribute_list()
                member = "" if self.chance(0.6) else f" {name}"
                lines.append(f"{keyword}{attributes} {{\n" +
                             indent(body) + f"}}{member};")
            else:
                field = self.field_declarator(name)
                if self.chance(0.12):
                    field += f" __attribute__((aligned({self.random.choice(ALIGNMENTS)})))"
                if self.chance(0.06):
                    field += " __attribute__((packed))"
                lines.append(field + ";")
        if not is_union and self.chance(0.15):
            element = self.random.choice(INTEGER_TYPES)
            if allow_flexible and self.chance(0.5):
                lines.append(f"{element} {self.fresh('tail')}[];")
            else:
                lines.append(f"{element} {self.fresh('tail')}[0];")
        return "".join(line + "\n" for line in lines)

    def record(self):
        keyword = self.random.choice(["struct", "struct", "union"])
        flexible = keyword == "struct" and self.chance(0.5)
        body = self.members(0, keyword == "union", flexible)
        attributes = self.attribute_list()
        typedef = self.chance(0.3)
        tag = self.fresh("r") if not typedef or self.chance(0.5) else ""
        head = f"{keyword}{attributes}{' ' + tag if tag else ''} {{\n" + indent(body) + "}"
        names = [tag] if tag else []
        if typedef:
            alias = self.fresh("t")
            text = f"typedef {head} {alias};"
            names.append(alias)
            spelling = alias
        else:
            text = head + ";"
            spelling = f"{keyword} {tag}"
        pack = self.chance(0.15)
        if pack:
            text = (f"#pragma pack(push, {self.random.choice([1, 2, 4, 8])})\n{text}\n"
                    "#pragma pack(pop)")
        # A struct with a flexible array cannot be a member of another one.
        if "[];" not in body:
            self.value_types.append(ValueType(spelling, 0, True))
        return Item(text, "record", names)

    # Other items ------------------------------------------------------------

    def enum(self):
        r = self.random
        name = self.fresh("e")
        underlying = ""
        if self.chance(0.35):
            underlying = " : " + r.choice(ENUM_UNDERLYING)
        attributes = " __attribute__((packed))" if not underlying and self.chance(0.2) else ""
        magnitude = r.choice([7, 15, 31, 32, 62, 63]) if not underlying else 6
        constants, values, lines = [], [], []
        for index in range(r.randint(1, 5)):
            constant = f"{name}_{index}"
            if self.chance(0.3) and values and values[-1] < 2 ** magnitude - 1:
                lines.append(f"{constant},")  # previous + 1
                values.append(values[-1] + 1)
            else:
                value = r.randint(0, 2 ** magnitude - 1)
                if self.chance(0.3) and "unsigned" not in underlying:
                    value = -value
                lines.append(f"{constant} = {literal(value)},")
                values.append(value)
            constants.append(constant)
        text = f"enum{attributes} {name}{underlying} {{\n" + indent("\n".join(lines) + "\n") + "};"
        self.enum_constants += constants
        needed = bits_needed(values)
        if underlying:
            width = type_width(underlying[3:])
        elif attributes:
            width = next(w for w in (8, 16, 32, 64) if w >= needed)
        else:
            width = 32 if needed <= 32 else 64
        self.value_types.append(ValueType(f"enum {name}", width, False, needed))
        return Item(text, "enum", [name] + constants)

    def typedef(self):
        name = self.fresh("t")
        roll = self.random.random()
        if roll < 0.3:
            text = f"typedef {self.random.choice(INTEGER_TYPES)} (*{name})(int, void *);"
        else:
            base = self.scalar()
            declarator = base.declare(name)
            if roll < 0.45:
                declarator += f"[{self.random.randint(1, 4)}]"
            text = f"typedef {declarator};"
            if "[" not in declarator and "*" not in base.spelling:
                self.value_types.append(ValueType(name, base.bitfield_width, base.is_record))
            elif "[" in declarator and base.is_record:
                pass
        return Item(text, "typedef", [name])

    def macro_expression(self, depth=0):
        r = self.random
        roll = r.random()
        if depth > 2 or roll < 0.3:
            choices = [literal(r.randint(0, 4096)) + r.choice(["", "U", "L", "UL", "LL", "ULL"]),
                       hex(r.randint(0, 2 ** 31 - 1))]
            if self.macros:
                choices.append(r.choice(self.macros))
            if self.enum_constants:
                choices.append(r.choice(self.enum_constants))
            records = [t for t in self.value_types if t.is_record]
            if records:
                choices.append(f"sizeof({r.choice(records).spelling})")
            return r.choice(choices)
        if roll < 0.45:
            cast = r.choice(INTEGER_TYPES)
            return f"(({cast}){self.macro_expression(depth + 1)})"
        if roll < 0.55:
            return f"(-{self.macro_expression(depth + 1)})"
        if roll < 0.62:
            return f"(~{self.macro_expression(depth + 1)})"
        if roll < 0.7:
            return f"({self.macro_expression(depth + 1)} << {r.randint(0, 15)})"
        operator = r.choice(["+", "-", "*", "&", "|", "^", "/", "%", ">>"])
        if operator in ("/", "%"):
            return f"({self.macro_expression(depth + 1)} {operator} {r.randint(1, 9)})"
        if operator == ">>":
            return f"({self.macro_expression(depth + 1)} >> {r.randint(0, 15)})"
        return (f"({self.macro_expression(depth + 1)} {operator} "
                f"{self.macro_expression(depth + 1)})")

    def macro(self):
        name = self.fresh("M")
        text = f"#define {name} {self.macro_expression()}"
        self.macros.append(name)
        return Item(text, "macro", [name])

    def function(self):
        name = self.fresh("f")
        params = [self.scalar().declare(f"p{i}") for i in range(self.random.randint(0, 3))]
        variadic = ", ..." if params and self.chance(0.2) else ""
        result = self.random.choice(["int", "void", "long", "unsigned char"])
        return Item(f"{result} {name}({', '.join(params) or 'void'}{variadic});",
                    "function", [name])

    def generate(self):
        makers = [(self.record, 5), (self.enum, 2), (self.typedef, 2), (self.macro, 3),
                  (self.function, 1)]
        population = [maker for maker, weight in makers for _ in range(weight)]
        count = self.random.randint(3, self.max_items)
        for _ in range(count):
            self.items.append(self.random.choice(population)())
        return self.items


def bits_needed(values):
    """Bits of the narrowest two's complement or unsigned field holding VALUES."""
    if min(values) >= 0:
        return max(1, max(values).bit_length())
    return max(max(v.bit_length() for v in values if v >= 0) if max(values) >= 0 else 0,
               max((-v - 1).bit_length() for v in values if v < 0)) + 1


def type_width(spelling):
    """Width in bits valid for a bitfield on every target (long: 32)."""
    if "char" in spelling:
        return 8
    if "short" in spelling:
        return 16
    if "long long" in spelling:
        return 64
    return 32


def indent(text):
    return "".join("  " + line + "\n" if line else "\n" for line in text.splitlines())


def literal(value):
    return str(value) if value <= 2 ** 31 - 1 else f"{value}ULL"


def render(items, seed):
    body = "\n\n".join(item.text for item in items)
    return f"/* layout_fuzz seed {seed} */\n{body}\n"


def generate(seed, max_items=14):
    """The items of the random header for SEED."""
    return HeaderGenerator(seed, max_items).generate()

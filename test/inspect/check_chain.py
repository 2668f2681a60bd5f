#!/usr/bin/env python3
"""check_chain.py IR.json EXPLAIN.json: every link of every chain that
`kbindgen explain --json` printed is a real reference in the IR.

A link `via` from item P to item C holds when:
  field F           P is a record with a field F whose type refers to C
  anonymous field   P is a record with an unnamed field whose type refers to C
  parameter N|NAME  P is a function whose parameter refers to C
  return type       P is a function whose result refers to C
  underlying type   P is a typedef whose underlying type refers to C
  type              P is a var or constant whose type refers to C
  nested            C's parent is P
"Refers to" follows pointers, arrays, function prototypes and the typedefs
the selection folds into what they name, as the selection does. The chain's
root must be selected by an allowlist. Exits 0 only when every link holds.
"""

import json
import sys


def main(ir_path, explain_path):
    with open(ir_path, encoding="utf-8") as f:
        ir = json.load(f)
    with open(explain_path, encoding="utf-8") as f:
        answers = json.load(f)
    types, items, sigs = ir["types"], ir["items"], ir["signatures"]

    def refers(type_id, target, seen=None):
        seen = set() if seen is None else seen
        stack = [type_id]
        while stack:
            t = stack.pop()
            if t is None or t in seen:
                continue
            seen.add(t)
            ty = types[t]
            kind = ty["kind"]
            if kind in ("pointer",):
                stack.append(ty["pointee"])
            elif kind in ("array", "incomplete_array"):
                stack.append(ty["element"])
            elif kind == "function":
                sig = sigs[ty["signature"]]
                stack.append(sig["result"])
                stack.extend(sig["params"])
            elif kind == "named":
                if ty["item"] == target:
                    return True
                it = items[ty["item"]]
                # A skipped typedef (folded into its record) is looked through.
                if it["kind"] == "typedef" and \
                        it["decision"]["disposition"] == "skipped":
                    stack.append(it["underlying"])
        return False

    def fn_sig(item):
        return sigs[types[item["type"]]["signature"]]

    def link_holds(parent, child, via):
        p = items[parent]
        if via == "nested":
            return items[child]["parent"] == parent
        if via.startswith("field ") or via == "anonymous field":
            name = via[len("field "):] if via.startswith("field ") else ""
            return any(f["name"] == name and refers(f["type"], child)
                       for f in p.get("fields", []))
        if via == "return type":
            return refers(fn_sig(p)["result"], child)
        if via.startswith("parameter "):
            params = fn_sig(p)["params"]
            word = via[len("parameter "):]
            if word.isdigit():
                index = int(word) - 1
            else:
                index = p["param_names"].index(word)
            return refers(params[index], child)
        if via == "underlying type":
            return refers(p["underlying"], child)
        if via in ("type", "integer type"):
            key = {"var": "type", "constant": "c_type",
                   "enum": "integer_type"}[p["kind"]]
            return refers(p[key], child)
        return False

    links = 0
    for answer in answers:
        for item in answer["items"]:
            chain = item["chain"]
            root = items[chain[0]["id"]]
            if "allowlist" not in root["decision"]["reason"]:
                print(f"FAIL: {item['item']}: root {chain[0]['item']} is "
                      f"not allowlisted: {root['decision']['reason']}")
                return 1
            for prev, link in zip(chain, chain[1:]):
                if not link_holds(prev["id"], link["id"], link["via"]):
                    print(f"FAIL: {prev['item']} does not reach "
                          f"{link['item']} through {link['via']}")
                    return 1
                links += 1
    print(f"{links} chain links hold in the IR")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

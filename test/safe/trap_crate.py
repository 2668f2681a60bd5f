"""The crate a trap program is compiled in: the raw bindings and the safe
skeleton as modules, and the program in a `#[forbid(unsafe_code)]` module
that sees only the safe API. Shared by run_traps.py (compile-fail) and
run_traps_asan.py (run-clean)."""


def crate_source(sys_rs, safe_rs, body, program_visibility=""):
    return ("#![allow(dead_code, non_camel_case_types, non_snake_case, "
            "non_upper_case_globals, unused)]\n"
            f"pub mod sys {{ include!(\"{sys_rs}\"); }}\n"
            f"pub mod safe {{ include!(\"{safe_rs}\"); }}\n"
            f"#[forbid(unsafe_code)]\n{program_visibility}mod program {{\n"
            "    use crate::safe::*;\n" + body + "}\n")

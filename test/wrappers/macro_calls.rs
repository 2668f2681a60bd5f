// Runtime test of --wrap-static-fns on function-like macros: calls the
// macros of macro_calls.h through the wrappers kbindgen wrote (helpers.c,
// in libmacrocalls.a), with the Rust bindings of the same run (bindings.rs,
// included below). Each check prints `ok NAME` or `FAIL NAME: ...`; the
// last line is `N passed, M failed`.

mod bindings {
    #![allow(
        non_camel_case_types,
        non_upper_case_globals,
        non_snake_case,
        dead_code
    )]
    include!("bindings.rs");
}

use bindings::*;
use std::fmt::Debug;

struct Checker {
    passed: u32,
    failed: u32,
}

impl Checker {
    fn check<T: PartialEq + Debug>(&mut self, name: &str, expected: T, got: T) {
        if expected == got {
            self.passed += 1;
            println!("ok {name}");
        } else {
            self.failed += 1;
            println!("FAIL {name}: expected {expected:?} got {got:?}");
        }
    }
}

fn main() {
    let mut t = Checker {
        passed: 0,
        failed: 0,
    };
    let mut b = buf { len: 0, fill: 0 };
    // buf_fill(b, value) is buf_fill_nested(b, value, 0).
    let filled = unsafe { buf_fill(&mut b, 7) };
    t.check("buf_fill returns", 7, filled);
    t.check("buf_fill passes depth 0", 7, b.fill);
    // buf_clear(b) is buf_fill(b, 0).
    let cleared = unsafe { buf_clear(&mut b) };
    t.check("buf_clear", 0, cleared);
    // scale_by(factor, value) is scale_impl(value, factor).
    let scaled = unsafe { scale_by(3, 14) };
    t.check("scale_by keeps the macro's argument order", 42, scaled);
    // buf_resize(...) is track_alloc(buf_resize_noprof(...)).
    let resized = unsafe { buf_resize(&mut b, 40, 2) };
    t.check("buf_resize returns the callee's pointer", true,
            resized == (&mut b as *mut buf).cast());
    t.check("buf_resize passes its arguments", 42, b.len);
    println!("{} passed, {} failed", t.passed, t.failed);
    std::process::exit(if t.failed == 0 { 0 } else { 1 });
}

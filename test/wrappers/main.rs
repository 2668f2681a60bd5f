// Runtime test of --wrap-static-fns: calls the static inline functions of
// inline_fns.h through the C wrappers kbindgen wrote (extern.c, compiled by
// clang into libwrappers.a), using the Rust bindings kbindgen wrote in the
// same run (bindings.rs, included below): the declarations, link names,
// structs, unions, bitfield accessors and typedefs are all generated. Each
// check prints `ok NAME` or `FAIL NAME: ...`; the last line is
// `N passed, M failed`; the exit code is non-zero when any check fails.

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
use std::ffi::CString;
use std::fmt::Debug;
use std::os::raw::{c_char, c_int, c_void};

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

unsafe extern "C" fn scale_by_ctx(value: c_int, ctx: *mut c_void) -> c_int {
    value * *(ctx as *const c_int)
}

unsafe extern "C" fn collect(ctx: *mut c_void, value: c_int) {
    (*(ctx as *mut Vec<i32>)).push(value);
}

fn scalars(t: &mut Checker) {
    unsafe {
        t.check("add", 7, add(3, 4));
        t.check("add.negative", -5, add(-8, 3));
        t.check(
            "mul_u64",
            0xffff_fffe_0000_0001u64,
            mul_u64(0xffff_ffff, 0xffff_ffff),
        );
        t.check("negate_i8", -100i8, negate_i8(100));
        t.check("negate_i8.min", -128i8, negate_i8(-128));
        t.check("is_even.4", true, is_even(4));
        t.check("is_even.7", false, is_even(7));
        t.check("clamp.low", 2, clamp(-5, 2, 9));
        t.check("clamp.mid", 5, clamp(5, 2, 9));
        t.check("clamp.high", 9, clamp(50, 2, 9));
        t.check("twice", 42, twice(21));
        t.check("op_add", 9, op_add(4, 5));
        t.check("op_mul", 20, op_mul(4, 5));
        t.check(
            "shade_invert.dark",
            shade_SHADE_LIGHT,
            shade_invert(shade_SHADE_DARK),
        );
        t.check(
            "shade_invert.light",
            shade_SHADE_DARK,
            shade_invert(shade_SHADE_LIGHT),
        );
    }
}

// The generated structs derive Debug, Copy and Clone (no PartialEq without
// --with-derive-partialeq): compare their fields.
fn xy(p: point) -> (c_int, c_int) {
    (p.x, p.y)
}

fn big_fields(v: big) -> (i64, i64, i64, f64) {
    (v.a as i64, v.b as i64, v.c as i64, v.d)
}

fn structs(t: &mut Checker) {
    unsafe {
        t.check("point_make", (3, -4), xy(point_make(3, -4)));
        t.check(
            "point_add",
            (11, 22),
            xy(point_add(point { x: 1, y: 2 }, point { x: 10, y: 20 })),
        );
        let a = point { x: 2, y: 3 };
        let b = point { x: 5, y: 7 };
        t.check("point_cross", 2 * 7 - 3 * 5, point_cross(&a, &b));
        t.check(
            "big_scale",
            (3, -6, 9_000_000_000, 7.5),
            big_fields(big_scale(
                big {
                    a: 1,
                    b: -2,
                    c: 3_000_000_000,
                    d: 2.5,
                },
                3,
            )),
        );
        t.check(
            "vec2_dot",
            1.5f32 * 4.0 + -2.0 * 0.5,
            vec2_dot(vec2 { x: 1.5, y: -2.0 }, vec2 { x: 4.0, y: 0.5 }),
        );
        let w = word_from_float(1.0);
        t.check("word_from_float.u", 0x3f80_0000u32, w.u);
        t.check("word_from_float.bytes", [0u8, 0, 0x80, 0x3f], w.bytes);
        t.check("word_bits", 0x4000_0000u32, word_bits(word { f: 2.0 }));
    }
}

/// A `struct flags` built with the generated bitfield-unit constructor.
fn new_flags(ready: u32, mode: u32, count: u32, delta: i32) -> flags {
    flags {
        _bitfield_align_1: [],
        _bitfield_1: flags::new_bitfield_1(ready, mode, count, delta),
    }
}

fn bitfields(t: &mut Checker) {
    unsafe {
        let made = flags_make(1, 5, 300, -3);
        t.check("flags_make.ready", 1, made.ready());
        t.check("flags_make.mode", 5, made.mode());
        t.check("flags_make.count", 300, made.count());
        t.check("flags_make.delta", -3, made.delta());
        let built = new_flags(0, 2, 4095, 15);
        t.check("flags_count", 4095, flags_count(built));
        t.check("flags_delta.positive", 15, flags_delta(built));
        t.check(
            "flags_delta.negative",
            -16,
            flags_delta(new_flags(1, 7, 0, -16)),
        );
        let mut f = new_flags(1, 1, 77, -1);
        flags_set_mode(&mut f, 6);
        t.check("flags_set_mode.mode", 6, f.mode());
        t.check(
            "flags_set_mode.keeps",
            (1, 77, -1),
            (f.ready(), f.count(), f.delta()),
        );
        // The generated setters write the bits C reads.
        f.set_count(1234);
        f.set_delta(-7);
        t.check("set_count.read_by_c", 1234, flags_count(f));
        t.check("set_delta.read_by_c", -7, flags_delta(f));
        t.check("setters.keep_neighbours", (1, 6), (f.ready(), f.mode()));
    }
}

fn callbacks(t: &mut Checker) {
    unsafe {
        let mut factor: c_int = 6;
        t.check(
            "apply",
            42,
            apply(
                Some(scale_by_ctx),
                7,
                &mut factor as *mut c_int as *mut c_void,
            ),
        );
        let mut seen: Vec<i32> = Vec::new();
        for_range(
            range_t { lo: 3, hi: 7 },
            Some(collect),
            &mut seen as *mut Vec<i32> as *mut c_void,
        );
        t.check("for_range", vec![3, 4, 5, 6], seen);
        let adder = pick_op(0).expect("pick_op(0) returned NULL");
        let multiplier = pick_op(1).expect("pick_op(1) returned NULL");
        t.check("pick_op.add", 9, adder(4, 5));
        t.check("pick_op.mul", 20, multiplier(4, 5));
        let typed = pick_op_typed(1).expect("pick_op_typed(1) returned NULL");
        t.check("pick_op_typed", 56, typed(7, 8));
    }
}

fn strings_and_arrays(t: &mut Checker) {
    unsafe {
        let hello = CString::new("hello, wrappers").unwrap();
        t.check("str_len", 15, str_len(hello.as_ptr()));
        let empty = CString::new("").unwrap();
        t.check("str_len.empty", 0, str_len(empty.as_ptr()));
        let words = [
            CString::new("banana").unwrap(),
            CString::new("apple").unwrap(),
        ];
        let pointers: Vec<*const c_char> = words.iter().map(|w| w.as_ptr()).collect();
        t.check(
            "count_char",
            4,
            count_char(pointers.as_ptr(), 2, b'a' as c_char),
        );

        let mut out: c_int = 0;
        set_int(&mut out, -99);
        t.check("set_int", -99, out);
        let four = [1, 20, 300, 4000];
        t.check("sum4", 4321, sum4(four.as_ptr()));
        let mut rows: [[c_int; 3]; 2] = [[1, 2, 3], [10, 20, 30]];
        t.check("sum_rows", 66, sum_rows(rows.as_mut_ptr(), 2));
        let mut buffer = [0 as c_int; 5];
        fill(buffer.as_mut_ptr(), 4, 8);
        t.check("fill", [8, 8, 8, 8, 0], buffer);
        let values = [1.0f64, 2.0, 4.5];
        t.check("average", 2.5, average(values.as_ptr(), 3));
    }
}

fn void_functions(t: &mut Checker) {
    unsafe {
        counter_reset();
        t.check("counter_reset", 0, counter_state(0));
        t.check("counter_next.1", 1, counter_next());
        t.check("counter_next.2", 2, counter_next());
        counter_reset();
        t.check("counter_next.after_reset", 1, counter_next());
    }
}

/// stop() never returns: run it in a child process and expect the trap.
fn noreturn(t: &mut Checker) {
    let exe = std::env::current_exe().expect("current_exe");
    let status = std::process::Command::new(exe)
        .arg("--stop")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("spawn child");
    t.check(
        "stop.traps",
        true,
        !status.success() && status.code().is_none(),
    );
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("--stop") {
        unsafe { stop(3) }
    }
    let mut t = Checker {
        passed: 0,
        failed: 0,
    };
    scalars(&mut t);
    structs(&mut t);
    bitfields(&mut t);
    callbacks(&mut t);
    strings_and_arrays(&mut t);
    void_functions(&mut t);
    noreturn(&mut t);
    println!("{} passed, {} failed", t.passed, t.failed);
    std::process::exit(if t.failed == 0 { 0 } else { 1 });
}

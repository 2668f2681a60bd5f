// Runtime test of --wrap-static-fns: calls the static inline functions of
// inline_fns.h through the C wrappers kbindgen generated (compiled by clang
// into libwrappers.a). The declarations below are written by hand in the
// shape the Rust backend generates (`#[link_name = "NAME__extern"] pub fn
// NAME(...)`). Each check prints `ok NAME` or `FAIL NAME: ...`; the last line
// is `N passed, M failed`; the exit code is non-zero when any check fails.
#![allow(non_camel_case_types, non_upper_case_globals, dead_code)]

use std::ffi::CString;
use std::fmt::Debug;
use std::os::raw::{c_char, c_int, c_long, c_schar, c_uint, c_ulong, c_ulonglong, c_void};

#[repr(C)]
#[derive(Debug, Copy, Clone, PartialEq)]
pub struct point {
    pub x: c_int,
    pub y: c_int,
}

#[repr(C)]
#[derive(Debug, Copy, Clone, PartialEq)]
pub struct big {
    pub a: c_long,
    pub b: c_long,
    pub c: c_long,
    pub d: f64,
}

#[repr(C)]
#[derive(Debug, Copy, Clone, PartialEq)]
pub struct vec2 {
    pub x: f32,
    pub y: f32,
}

/// `unsigned ready : 1; unsigned mode : 3; unsigned count : 12; signed delta : 5;`
/// in one 32-bit unit, first field in the lowest bits (x86_64, aarch64).
#[repr(C)]
#[derive(Debug, Copy, Clone, PartialEq)]
pub struct flags {
    pub _bitfield_1: u32,
}

impl flags {
    fn field(&self, offset: u32, width: u32) -> u32 {
        (self._bitfield_1 >> offset) & ((1u32 << width) - 1)
    }
    fn ready(&self) -> u32 {
        self.field(0, 1)
    }
    fn mode(&self) -> u32 {
        self.field(1, 3)
    }
    fn count(&self) -> u32 {
        self.field(4, 12)
    }
    fn delta(&self) -> i32 {
        ((self.field(16, 5) << 27) as i32) >> 27
    }
    fn new(ready: u32, mode: u32, count: u32, delta: i32) -> flags {
        flags {
            _bitfield_1: ready | (mode << 1) | (count << 4) | (((delta as u32) & 0x1f) << 16),
        }
    }
}

#[repr(C)]
#[derive(Copy, Clone)]
pub union word {
    pub u: c_uint,
    pub f: f32,
    pub bytes: [u8; 4],
}

pub type shade = c_uint;
pub const shade_SHADE_DARK: shade = 1;
pub const shade_SHADE_LIGHT: shade = 2;

pub type kb_size_t = c_ulong;
pub type binary_op = Option<unsafe extern "C" fn(arg1: c_int, arg2: c_int) -> c_int>;
pub type visit_fn = Option<unsafe extern "C" fn(ctx: *mut c_void, value: c_int)>;

#[repr(C)]
#[derive(Debug, Copy, Clone, PartialEq)]
pub struct range_t {
    pub lo: c_int,
    pub hi: c_int,
}

extern "C" {
    #[link_name = "add__extern"]
    pub fn add(a: c_int, b: c_int) -> c_int;
    #[link_name = "point_make__extern"]
    pub fn point_make(x: c_int, y: c_int) -> point;
    #[link_name = "point_add__extern"]
    pub fn point_add(a: point, b: point) -> point;
    #[link_name = "point_cross__extern"]
    pub fn point_cross(a: *const point, b: *const point) -> c_int;
    #[link_name = "big_scale__extern"]
    pub fn big_scale(v: big, k: c_long) -> big;
    #[link_name = "vec2_dot__extern"]
    pub fn vec2_dot(a: vec2, b: vec2) -> f32;
    #[link_name = "flags_make__extern"]
    pub fn flags_make(ready: c_uint, mode: c_uint, count: c_uint, delta: c_int) -> flags;
    #[link_name = "flags_count__extern"]
    pub fn flags_count(f: flags) -> c_uint;
    #[link_name = "flags_delta__extern"]
    pub fn flags_delta(f: flags) -> c_int;
    #[link_name = "flags_set_mode__extern"]
    pub fn flags_set_mode(f: *mut flags, mode: c_uint);
    #[link_name = "word_from_float__extern"]
    pub fn word_from_float(f: f32) -> word;
    #[link_name = "word_bits__extern"]
    pub fn word_bits(w: word) -> c_uint;
    #[link_name = "shade_invert__extern"]
    pub fn shade_invert(s: shade) -> shade;
    #[link_name = "apply__extern"]
    pub fn apply(
        fn_: Option<unsafe extern "C" fn(arg1: c_int, arg2: *mut c_void) -> c_int>,
        value: c_int,
        ctx: *mut c_void,
    ) -> c_int;
    #[link_name = "for_range__extern"]
    pub fn for_range(r: range_t, visit: visit_fn, ctx: *mut c_void);
    #[link_name = "pick_op__extern"]
    pub fn pick_op(which: c_int)
        -> Option<unsafe extern "C" fn(arg1: c_int, arg2: c_int) -> c_int>;
    #[link_name = "pick_op_typed__extern"]
    pub fn pick_op_typed(which: c_int) -> binary_op;
    #[link_name = "str_len__extern"]
    pub fn str_len(s: *const c_char) -> kb_size_t;
    #[link_name = "count_char__extern"]
    pub fn count_char(strings: *const *const c_char, n: c_int, c: c_char) -> c_int;
    #[link_name = "set_int__extern"]
    pub fn set_int(out: *mut c_int, value: c_int);
    #[link_name = "sum4__extern"]
    pub fn sum4(v: *const c_int) -> c_int;
    #[link_name = "sum_rows__extern"]
    pub fn sum_rows(rows: *mut [c_int; 3], n: c_int) -> c_int;
    #[link_name = "fill__extern"]
    pub fn fill(out: *mut c_int, n: c_int, value: c_int);
    #[link_name = "mul_u64__extern"]
    pub fn mul_u64(a: c_ulonglong, b: c_ulonglong) -> c_ulonglong;
    #[link_name = "negate_i8__extern"]
    pub fn negate_i8(v: c_schar) -> c_schar;
    #[link_name = "is_even__extern"]
    pub fn is_even(v: c_int) -> bool;
    #[link_name = "average__extern"]
    pub fn average(values: *const f64, n: kb_size_t) -> f64;
    #[link_name = "clamp__extern"]
    pub fn clamp(current: c_int, min: c_int, max: c_int) -> c_int;
    #[link_name = "counter_state__extern"]
    pub fn counter_state(delta: c_int) -> c_int;
    #[link_name = "counter_reset__extern"]
    pub fn counter_reset();
    #[link_name = "counter_next__extern"]
    pub fn counter_next() -> c_int;
    #[link_name = "twice__extern"]
    pub fn twice(v: c_int) -> c_int;
    #[link_name = "stop__extern"]
    pub fn stop(code: c_int) -> !;
}

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

fn structs(t: &mut Checker) {
    unsafe {
        t.check("point_make", point { x: 3, y: -4 }, point_make(3, -4));
        t.check(
            "point_add",
            point { x: 11, y: 22 },
            point_add(point { x: 1, y: 2 }, point { x: 10, y: 20 }),
        );
        let a = point { x: 2, y: 3 };
        let b = point { x: 5, y: 7 };
        t.check("point_cross", 2 * 7 - 3 * 5, point_cross(&a, &b));
        t.check(
            "big_scale",
            big {
                a: 3,
                b: -6,
                c: 9_000_000_000,
                d: 7.5,
            },
            big_scale(
                big {
                    a: 1,
                    b: -2,
                    c: 3_000_000_000,
                    d: 2.5,
                },
                3,
            ),
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

fn bitfields(t: &mut Checker) {
    unsafe {
        let made = flags_make(1, 5, 300, -3);
        t.check("flags_make.ready", 1, made.ready());
        t.check("flags_make.mode", 5, made.mode());
        t.check("flags_make.count", 300, made.count());
        t.check("flags_make.delta", -3, made.delta());
        let built = flags::new(0, 2, 4095, 15);
        t.check("flags_count", 4095, flags_count(built));
        t.check("flags_delta.positive", 15, flags_delta(built));
        t.check(
            "flags_delta.negative",
            -16,
            flags_delta(flags::new(1, 7, 0, -16)),
        );
        let mut f = flags::new(1, 1, 77, -1);
        flags_set_mode(&mut f, 6);
        t.check("flags_set_mode.mode", 6, f.mode());
        t.check(
            "flags_set_mode.keeps",
            (1, 77, -1),
            (f.ready(), f.count(), f.delta()),
        );
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

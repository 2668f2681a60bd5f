// ABI runtime test: calls the C library (abi.c) through bindings that kbindgen
// generated from abi.h at test time (bindings.rs, beside this file in the
// work directory). Each check prints `ok NAME` or `FAIL NAME: ...`; the exit
// code is non-zero when any check fails.
#![allow(
    non_camel_case_types,
    non_upper_case_globals,
    non_snake_case,
    dead_code,
    improper_ctypes
)]

// With `--ctypes-prefix ffi` (the kernel's way) the bindings name the `ffi`
// crate, which run_abi.py builds and passes with --extern.
mod bindings {
    include!("bindings.rs");
}

use bindings::*;
use std::fmt::Debug;
use std::os::raw::{c_int, c_void};

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

extern "C" fn add_cb(a: c_int, b: c_int) -> c_int {
    a + b
}

extern "C" fn mul_cb(a: c_int, b: c_int) -> c_int {
    a * b
}

extern "C" fn accumulate(ctx: *mut c_void, value: c_int) {
    unsafe { *(ctx as *mut i64) += value as i64 * 10 };
}

extern "C" fn swap_small(s: small) -> small {
    small { a: s.b, b: s.a }
}

fn structs(t: &mut Checker) {
    unsafe {
        let s = small_make(3, 4);
        t.check("small_make.a", 3, s.a);
        t.check("small_make.b", 4, s.b);
        t.check("small_sum", 30, small_sum(small { a: 10, b: 20 }));
        let mut d = small { a: 7, b: -8 };
        small_double(&mut d);
        t.check("small_double.a", 14, d.a);
        t.check("small_double.b", -16, d.b);

        let f = floaty_scale(floaty { x: 1.5, y: 2.25 }, 2.0);
        t.check("floaty_scale.x", 3.0f32, f.x);
        t.check("floaty_scale.y", 4.5f64, f.y);

        let l = large_make(100);
        t.check("large_make.v0", 100i64, l.v[0] as i64);
        t.check("large_make.v5", 105i64, l.v[5] as i64);
        t.check("large_make.tag", b'L' as i8 as i64, l.tag as i64);
        let mut mine = l;
        mine.v[2] = 1000;
        t.check(
            "large_sum",
            100 + 101 + 1000 + 103 + 104 + 105 + 76,
            large_sum(mine) as i64,
        );

        let n = nested_make(7);
        t.check("nested.inner.a", 7, n.inner.a);
        t.check("nested.inner.b", 8, n.inner.b);
        t.check("nested.anon_struct.lo", 14i16, n.__bindgen_anon_1.lo as i16);
        t.check("nested.anon_struct.hi", -7i16, n.__bindgen_anon_1.hi as i16);
        t.check("nested.anon_union.as_int", 700, n.__bindgen_anon_2.as_int);
        t.check("nested.c", b'n' as i64, n.c as i64);
        let mut back = n;
        back.inner.a = 2;
        back.__bindgen_anon_1.hi = 5;
        back.__bindgen_anon_2.as_int = 1;
        t.check(
            "nested_encode",
            2 * 1000000 + 8 * 10000 + 14 * 100 + 5 + 1 + b'n' as i64,
            nested_encode(back) as i64,
        );
    }
}

fn bitfields(t: &mut Checker) {
    unsafe {
        // Written by C, read by Rust.
        let b = bits_make();
        t.check("bits.c_to_rust.a", 5, b.a() as i64);
        t.check("bits.c_to_rust.b", 100, b.b() as i64);
        t.check("bits.c_to_rust.s_negative", -11, b.s() as i64);
        t.check("bits.c_to_rust.c_spanning_unit", 0xABCDE, b.c() as i64);
        t.check("bits.c_to_rust.wide40", 0xF123456789u64, b.wide() as u64);
        t.check("bits.c_to_rust.flag", true, b.flag());

        // Written by Rust, read by C.
        let mut r: bits = std::mem::zeroed();
        r.set_a(2);
        r.set_b(77);
        r.set_s(-5);
        r.set_c(0x54321);
        r.set_wide(0xA987654321);
        r.set_flag(true);
        t.check("bits.rust_to_c.a", 2, bits_read(&r, 0) as i64);
        t.check("bits.rust_to_c.b", 77, bits_read(&r, 1) as i64);
        t.check("bits.rust_to_c.s_negative", -5, bits_read(&r, 2) as i64);
        t.check(
            "bits.rust_to_c.c_spanning_unit",
            0x54321,
            bits_read(&r, 3) as i64,
        );
        t.check(
            "bits.rust_to_c.wide40",
            0xA987654321,
            bits_read(&r, 4) as i64,
        );
        t.check("bits.rust_to_c.flag", 1, bits_read(&r, 5) as i64);
        // Setting one field leaves its neighbours alone.
        r.set_s(15);
        t.check("bits.rust_to_c.neighbour_b", 77, bits_read(&r, 1) as i64);
        t.check("bits.rust_to_c.s_max", 15, bits_read(&r, 2) as i64);
        t.check(
            "bits.rust_to_c.neighbour_c",
            0x54321,
            bits_read(&r, 3) as i64,
        );

        // Packed struct with fields straddling bytes.
        let p = pbits_make();
        t.check("pbits.c_to_rust.x", 6, p.x() as i64);
        t.check("pbits.c_to_rust.y_straddling", 0x1ABCD, p.y() as i64);
        t.check("pbits.c_to_rust.z_negative", -20, p.z() as i64);
        t.check("pbits.c_to_rust.tail", b't' as i64, p.tail as i64);
        t.check("pbits.size", 5, std::mem::size_of::<pbits>());
        let mut q: pbits = std::mem::zeroed();
        q.set_x(3);
        q.set_y(0x10F0F);
        q.set_z(-32);
        q.tail = b'q' as _;
        t.check("pbits.rust_to_c.x", 3, pbits_read(&q, 0) as i64);
        t.check(
            "pbits.rust_to_c.y_straddling",
            0x10F0F,
            pbits_read(&q, 1) as i64,
        );
        t.check("pbits.rust_to_c.z_negative", -32, pbits_read(&q, 2) as i64);
        t.check(
            "pbits.rust_to_c.tail",
            b'q' as i64,
            pbits_read(&q, 3) as i64,
        );
    }
}

fn unions(t: &mut Checker) {
    unsafe {
        let n = num_from_float(1.0);
        t.check("union.c_to_rust.i", 0x3f800000, n.i);
        t.check("union.c_to_rust.bytes3", 0x3f, n.bytes[3]);
        let mut m: num = std::mem::zeroed();
        m.f = -2.0;
        t.check("union.rust_to_c", 0xc0000000u32, num_bits(m) as u32);
        t.check("union.size", 4, std::mem::size_of::<num>());
    }
}

fn enums(t: &mut Checker) {
    unsafe {
        t.check("enum.consts.value", 7, plain_e_PLAIN_B as i64);
        t.check(
            "enum.consts.call",
            plain_e_PLAIN_B,
            plain_next(plain_e_PLAIN_A),
        );
        t.check(
            "enum.rustified.call",
            rust_e::RUST_Y,
            rust_flip(rust_e::RUST_X),
        );
        t.check("enum.rustified.negative", -2, rust_value(rust_e::RUST_Y));
        t.check("enum.newtype.call", nt_e::NT_Q, nt_next(nt_e::NT_P));
        t.check("enum.newtype.value", 20, nt_next(nt_e::NT_P).0 as i64);
        t.check(
            "enum.bitfield.or",
            3,
            bf_value(bf_e::BF_R | bf_e::BF_W) as i64,
        );
        let mut all = bf_all();
        t.check("enum.bitfield.from_c", 7, all.0 as i64);
        all &= bf_e::BF_X;
        t.check("enum.bitfield.and", bf_e::BF_X, all);
        t.check("enum.module.call", mod_e::MOD_HI, mod_next(mod_e::MOD_LO));
        let typed: mod_e::Type = mod_e::MOD_LO;
        t.check("enum.module.value", 100, typed as i64);
    }
}

fn variadic(t: &mut Checker) {
    unsafe {
        t.check(
            "variadic.sum_ints",
            60,
            sum_ints(3, 10 as c_int, 20 as c_int, 30 as c_int),
        );
        t.check("variadic.sum_ints_none", 0, sum_ints(0));
        t.check(
            "variadic.sum_doubles",
            3.75,
            sum_doubles(2, 1.5f64, 2.25f64),
        );
    }
}

fn callbacks(t: &mut Checker) {
    unsafe {
        t.check("callback.add", 5, apply_cb(Some(add_cb), 2, 3));
        t.check("callback.mul", 42, apply_cb(Some(mul_cb), 6, 7));
        t.check("callback.none", -1, apply_cb(None, 6, 7));
        let values = [1 as c_int, 2, 3, 4];
        let mut total: i64 = 0;
        for_each(
            values.as_ptr(),
            values.len() as c_int,
            Some(accumulate),
            &mut total as *mut i64 as *mut c_void,
        );
        t.check("callback.context", 100, total);
        let swapped = apply_small(Some(swap_small), small { a: 1, b: 2 });
        t.check("callback.struct_by_value", (2, 1), (swapped.a, swapped.b));
    }
}

fn globals(t: &mut Checker) {
    unsafe {
        t.check("global.read_initial", 41, g_counter);
        inc_counter();
        t.check("global.c_write_rust_read", 42, g_counter);
        g_counter = 1000;
        t.check("global.rust_write_c_read", 1000, get_counter());
        t.check("global.const", 1234, g_const);
        t.check("global.struct_read", (5, 6), (g_small.a, g_small.b));
        g_small.b = 60;
        t.check("global.struct_write", 65, g_small_sum());
        g_ratio = 0.75;
        t.check("global.double_write", 0.75, get_ratio());
        t.check("global.array", 30, g_table[2]);
    }
}

fn scalars_and_by_value(t: &mut Checker) {
    unsafe {
        t.check("scalar.signed_char_return", -5i64, neg_char() as i64);
        t.check(
            "scalar.unsigned_short_return",
            65000i64,
            big_ushort() as i64,
        );
        t.check("scalar.bool_true", true, is_even(4));
        t.check("scalar.bool_false", false, is_even(7));

        let mut b: bits = std::mem::zeroed();
        b.set_s(-16);
        b.set_wide(0xFFFFFFFFFF);
        t.check("by_value.bits.s_min", -16, bits_read_value(b, 2) as i64);
        t.check(
            "by_value.bits.wide_max",
            0xFFFFFFFFFF,
            bits_read_value(b, 4) as i64,
        );
        let p = pbits_make();
        t.check(
            "by_value.packed",
            6 + 0x1ABCD - 20 + b't' as i64,
            pbits_sum(p) as i64,
        );

        let h = enum_holder_make();
        t.check("enum_in_struct.rustified", rust_e::RUST_Y, h.r);
        t.check("enum_in_struct.newtype", nt_e::NT_Q, h.n);
        t.check("enum_in_struct.module", mod_e::MOD_HI, h.m);
        let mut back = h;
        back.r = rust_e::RUST_X;
        back.n = nt_e::NT_P;
        back.pad = b'q' as _;
        back.m = mod_e::MOD_LO;
        t.check("enum_in_struct.rust_to_c", 1, enum_holder_check(back));
        t.check("global.const_array", 11, g_primes[4]);
    }
}

fn flexible_array(t: &mut Checker) {
    unsafe {
        let f = fam_make(5);
        let items = (*f).items.as_slice((*f).n as usize);
        t.check("fam.len", 5, items.len());
        t.check("fam.items", vec![0, 1, 4, 9, 16], items.to_vec());
        fam_free(f);
        t.check("fam.size", 4, std::mem::size_of::<fam>());
    }
}

fn names(t: &mut Checker) {
    unsafe {
        t.check("names.keyword_global", 11, loop__);
        t.check("names.verbatim_global", 22, loop_);
        t.check("names.keyword_fn", 6, match__(5));
        t.check("names.verbatim_fn", 7, match_(5));
        t.check("names.non_ascii_fn", 15, _u00e9_t_u00e9_(5));
        t.check("names.non_ascii_global", 42, gr_u00f6__u00df_e);
        let p = kw_pair { type__: 1, type_: 2 };
        t.check("names.keyword_field", 1, kw_pair_check(p));
    }
}

/// Packed records by value whose members keep their types (misaligned ones
/// included): rustc must classify them as clang does.
fn packed_by_value(t: &mut Checker) {
    unsafe {
        let m = packed_mixed_make(-5, 2.25);
        t.check("packed_mixed_make.c", b'm' as i64, m.c as i64);
        t.check("packed_mixed_make.i", -5, { m.i });
        t.check("packed_mixed_make.d", 2.25f64, { m.d });
        let built = packed_mixed {
            c: 1,
            i: 40,
            d: 0.5,
        };
        t.check("packed_mixed_sum", 41.5f64, packed_mixed_sum(built));
        let d = pack4_double_make(1.5);
        t.check("pack4_double_make.d", 1.5f64, { d.d });
        let built = pack4_double { c: 2, d: 10.25 };
        t.check("pack4_double_get", 22.5f64, pack4_double_get(built));
        let p = packed_ints_make(3, -4);
        t.check("packed_ints_make.b", -4, { p.b });
        t.check(
            "packed_ints_sum",
            26,
            packed_ints_sum(packed_ints { a: 3, b: -4 }),
        );
        // By pointer, a record with a flexible array member is callable.
        let f = famv {
            len: 5,
            tag: 7,
            data: Default::default(),
        };
        t.check("famv_len_ptr", 5, famv_len_ptr(&f));
    }
}

fn main() {
    let mut t = Checker {
        passed: 0,
        failed: 0,
    };
    structs(&mut t);
    bitfields(&mut t);
    unions(&mut t);
    enums(&mut t);
    variadic(&mut t);
    callbacks(&mut t);
    globals(&mut t);
    scalars_and_by_value(&mut t);
    flexible_array(&mut t);
    names(&mut t);
    packed_by_value(&mut t);
    println!("{} passed, {} failed", t.passed, t.failed);
    std::process::exit(if t.failed == 0 && t.passed > 0 { 0 } else { 1 });
}

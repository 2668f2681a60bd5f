// Loads Debian's libz.so.1 through kbindgen's --dynamic-loading bindings and
// checks what each variant does. Ends with `N passed, M failed`.
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]

mod lenient {
    include!("lenient.rs");
}
mod strict_missing {
    include!("strict_missing.rs");
}
mod strict {
    include!("strict.rs");
}

use std::panic;

struct Checks {
    passed: u32,
    failed: u32,
}

impl Checks {
    fn check(&mut self, what: &str, ok: bool) {
        if ok {
            self.passed += 1;
            println!("ok {what}");
        } else {
            self.failed += 1;
            println!("FAIL {what}");
        }
    }
}

fn sample() -> Vec<u8> {
    (0..4800u32).map(|i| b"kbindgen loads zlib "[(i % 20) as usize] ^ (i / 600) as u8).collect()
}

fn main() {
    let mut c = Checks { passed: 0, failed: 0 };
    let data = sample();

    // Default: every function is a Result; the missing one fails alone.
    let zlib = unsafe { lenient::Zlib::new("libz.so.1") }.expect("libz.so.1 loads");
    let version = unsafe { std::ffi::CStr::from_ptr(zlib.zlibVersion()) };
    c.check("zlibVersion through the library", version.to_bytes().starts_with(b"1."));
    let bound = unsafe { zlib.compressBound(data.len() as _) };
    c.check("compressBound", bound as usize >= data.len());
    let mut packed = vec![0u8; bound as usize];
    let mut packed_len = bound;
    let status = unsafe {
        zlib.compress2(
            packed.as_mut_ptr(),
            &mut packed_len,
            data.as_ptr(),
            data.len() as _,
            lenient::Z_BEST_COMPRESSION as _,
        )
    };
    c.check("compress2 returns Z_OK", status == lenient::Z_OK as i32);
    c.check("compress2 compresses", (packed_len as usize) < data.len() / 4);
    let mut unpacked = vec![0u8; data.len()];
    let mut unpacked_len = unpacked.len() as _;
    let status = unsafe {
        zlib.uncompress(unpacked.as_mut_ptr(), &mut unpacked_len, packed.as_ptr(), packed_len)
    };
    c.check("uncompress returns Z_OK", status == lenient::Z_OK as i32);
    c.check("the data round-trips", unpacked_len as usize == data.len() && unpacked == data);

    match &zlib.zlibNoSuchFunction {
        Ok(_) => c.check("the missing function is an error", false),
        Err(error) => {
            let text = error.to_string();
            println!("missing function: {text}");
            c.check(
                "the error names the missing symbol",
                text.contains("undefined symbol: zlibNoSuchFunction"),
            );
        }
    }
    panic::set_hook(Box::new(|_| {}));
    let call = panic::catch_unwind(panic::AssertUnwindSafe(|| unsafe {
        zlib.zlibNoSuchFunction(1)
    }));
    let _ = panic::take_hook();
    let message = match &call {
        Err(payload) => payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_default(),
        Ok(_) => String::new(),
    };
    println!("calling it: {message}");
    c.check(
        "calling the missing function panics with the error",
        message.contains("Expected function, got error.")
            && message.contains("zlibNoSuchFunction"),
    );
    let error: Box<dyn std::error::Error> = match unsafe { lenient::Zlib::new("libkbindgen-none.so.9") } {
        Ok(_) => "loaded a library that does not exist".into(),
        Err(error) => Box::new(error),
    };
    println!("missing library: {error}");
    c.check("a missing library is an error", error.to_string().contains("libkbindgen-none.so.9"));

    // --dynamic-link-require-all: the missing function fails the load.
    match unsafe { strict_missing::Zlib::new(c"libz.so.1") } {
        Ok(_) => c.check("require-all refuses a library without the function", false),
        Err(error) => {
            println!("require-all: {error}");
            c.check(
                "require-all refuses a library without the function",
                error.as_str().contains("undefined symbol: zlibNoSuchFunction"),
            );
        }
    }
    // ...and with every function present, plain function pointers.
    let zlib = unsafe { strict::Zlib::new(c"libz.so.1") }.expect("require-all loads libz.so.1");
    let direct: unsafe extern "C" fn() -> *const std::ffi::c_char = zlib.zlibVersion;
    let version2 = unsafe { std::ffi::CStr::from_ptr(direct()) };
    c.check("require-all: the field is the function", version2 == version);
    let mut packed_len = bound as _;
    let status = unsafe {
        zlib.compress2(packed.as_mut_ptr(), &mut packed_len, data.as_ptr(), data.len() as _, 9)
    };
    c.check("require-all: compress2", status == strict::Z_OK as i32);
    let mut unpacked_len = unpacked.len() as _;
    unpacked.fill(0);
    let status = unsafe {
        zlib.uncompress(unpacked.as_mut_ptr(), &mut unpacked_len, packed.as_ptr(), packed_len)
    };
    c.check("require-all: the data round-trips", status == 0 && unpacked == data);
    // from_library: a library opened once, wrapped.
    let library = unsafe { lenient::__BindgenLibrary::new("libz.so.1") }.expect("opens");
    let again = unsafe { lenient::Zlib::from_library(library) }.expect("from_library");
    c.check("from_library", again.zlibVersion.is_ok());

    println!("{} passed, {} failed", c.passed, c.failed);
}

// The gzfread repro with a rules file that states zlib's unit: the
// buffer holds size * nitems bytes. kbindgen generates the raw bindings of
// /usr/include/zlib.h and the std-style skeleton with rules.json; the
// program below uses only the skeleton (its module forbids unsafe code):
// gzfwrite and gzfread take a byte slice and an item size, and the item
// count is the slice's length divided by the size, so no call can reach
// past the slice.

mod sys {
    #![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]
    include!("sys.rs");
}

#[allow(dead_code, non_snake_case)]
mod safe {
    include!("safe.rs");
}

mod program {
    #![forbid(unsafe_code)]

    use crate::safe::*;

    include!("checks.rs");

    pub fn run() -> Checks {
        let mut c = Checks { passed: 0, failed: 0 };
        let path = std::env::temp_dir().join(format!("kbindgen-gz-{}.gz", std::process::id()));
        let cpath = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        let data: Vec<u8> = (0..256u32).map(|i| (i * 7) as u8).collect();
        {
            let mut out = GzFileS::gzopen(&cpath, c"wb").expect("gzopen wb");
            // 256 bytes as items of 16: 16 items.
            c.check("fwrite_items", gzfwrite(&data, 16, &mut out) == 16);
            // An item size larger than the slice writes nothing.
            c.check("fwrite_short", gzfwrite(&data[..8], 16, &mut out) == 0);
        } // gzclose
        let mut input = GzFileS::gzopen(&cpath, c"rb").expect("gzopen rb");
        // The call: 16 bytes with items of 16 reads one item, not 16.
        let mut v = vec![0u8; 64];
        c.check("fread_one_item", gzfread(&mut v[..16], 16, &mut input) == 1);
        c.check("fread_bytes", v[..16] == data[..16] && v[16..].iter().all(|&b| b == 0));
        // The rest, in items of 10: 240 bytes hold 24 of them.
        let mut rest = vec![0u8; 240];
        c.check("fread_rest", gzfread(&mut rest, 10, &mut input) == 24);
        c.check("fread_rest_bytes", rest[..] == data[16..]);
        // Size 0 reads nothing and cannot divide by zero.
        c.check("fread_size_zero", gzfread(&mut rest, 0, &mut input) == 0);
        drop(input);
        let _ = std::fs::remove_file(&path);
        c
    }
}

fn main() {
    let checks = program::run();
    println!("{} passed, {} failed", checks.passed, checks.failed);
    std::process::exit(if checks.failed == 0 { 0 } else { 1 });
}

//! Compresses a buffer and decompresses it again through the real libz.

use kbindgen_zlib_sys as z;
use std::ffi::CStr;

fn main() {
    let original: Vec<u8> = b"kbindgen from build.rs; ".repeat(200);

    let mut compressed = vec![0u8; unsafe { z::compressBound(original.len() as _) } as usize];
    let mut compressed_len = compressed.len() as z::uLongf;
    let status = unsafe {
        z::compress2(
            compressed.as_mut_ptr(),
            &mut compressed_len,
            original.as_ptr(),
            original.len() as z::uLong,
            z::ZSYS_COMPRESSION_LEVEL as i32,
        )
    };
    assert_eq!(status, z::Z_OK as i32, "compress2 failed");
    assert!((compressed_len as usize) < original.len() / 10);

    let mut restored = vec![0u8; original.len()];
    let mut restored_len = restored.len() as z::uLongf;
    let status = unsafe {
        z::uncompress(
            restored.as_mut_ptr(),
            &mut restored_len,
            compressed.as_ptr(),
            compressed_len,
        )
    };
    assert_eq!(status, z::Z_OK as i32, "uncompress failed");
    assert_eq!(&restored[..restored_len as usize], &original[..]);

    let version = unsafe { CStr::from_ptr(z::zlibVersion()) };
    println!(
        "zlib {}: {} bytes -> {} -> {}: round trip ok",
        version.to_string_lossy(),
        original.len(),
        compressed_len,
        restored_len
    );
}

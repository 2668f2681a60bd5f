// A -sys crate's build script as written for bindgen; Cargo.toml maps the
// name `bindgen` to kbindgen's crate.
use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo:rustc-link-lib=z");

    let bindings = bindgen::Builder::default()
        .header("wrapper.h")
        .allowlist_function("compress2|compressBound|uncompress|zlibVersion")
        .allowlist_var("Z_OK|ZSYS_.*")
        .parse_callbacks(Box::new(bindgen::CargoCallbacks::new()))
        .generate()
        .expect("Unable to generate bindings");

    let out_path = PathBuf::from(env::var("OUT_DIR").unwrap());
    bindings
        .write_to_file(out_path.join("bindings.rs"))
        .expect("Couldn't write bindings!");
}

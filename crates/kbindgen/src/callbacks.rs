//! The parse callbacks kbindgen can honour: the files a run read and the
//! environment variables the crate read.

use std::fmt;

/// What a build script hears about a run. Only bindgen's file and environment
/// notifications exist here: kbindgen runs as a separate process and cannot
/// ask Rust code to rename items or add derives, so those callbacks are absent
/// (a build script overriding them fails to compile instead of being ignored).
pub trait ParseCallbacks: fmt::Debug {
    /// Called for every header given to `Builder::header`.
    fn header_file(&self, _filename: &str) {}

    /// Called for every other file the parse read, from kbindgen's depfile.
    fn include_file(&self, _filename: &str) {}

    /// Called for every environment variable the crate reads, set or not.
    fn read_env_var(&self, _key: &str) {}
}

/// Tells cargo to rerun the build script when a file the bindings were made
/// from changes (`cargo:rerun-if-changed=`) or an environment variable the
/// crate read changes (`cargo:rerun-if-env-changed=`).
#[derive(Debug, Clone)]
pub struct CargoCallbacks {
    rerun_on_header_files: bool,
}

/// The unit-struct spelling of older bindgen releases: like those, it does
/// not watch the headers given to `Builder::header` themselves.
#[allow(non_upper_case_globals)]
#[deprecated(note = "use `CargoCallbacks::new()`, which also watches the input headers")]
pub const CargoCallbacks: CargoCallbacks = CargoCallbacks {
    rerun_on_header_files: false,
};

impl CargoCallbacks {
    /// Watches every file read, the input headers included.
    pub fn new() -> Self {
        CargoCallbacks {
            rerun_on_header_files: true,
        }
    }

    /// Whether the headers given to `Builder::header` are watched too.
    pub fn rerun_on_header_files(mut self, doit: bool) -> Self {
        self.rerun_on_header_files = doit;
        self
    }
}

impl Default for CargoCallbacks {
    fn default() -> Self {
        Self::new()
    }
}

impl ParseCallbacks for CargoCallbacks {
    fn header_file(&self, filename: &str) {
        if self.rerun_on_header_files {
            println!("cargo:rerun-if-changed={}", filename);
        }
    }

    fn include_file(&self, filename: &str) {
        println!("cargo:rerun-if-changed={}", filename);
    }

    fn read_env_var(&self, key: &str) {
        println!("cargo:rerun-if-env-changed={}", key);
    }
}

//! The kbindgen command line a builder makes, and `generate` run against a
//! stand-in kbindgen that records its arguments.

use kbindgen::{
    builder, BindgenError, Builder, CargoCallbacks, EnumVariation, RustEdition, RustTarget,
};
use std::fs;
use std::path::PathBuf;

fn flags(b: Builder) -> Vec<String> {
    b.command_line_flags()
}

#[test]
fn the_header_comes_first_then_switches_values_and_patterns() {
    let b = builder()
        .header("wrapper.h")
        .allowlist_function("z.*")
        .allowlist_type("z_stream")
        .allowlist_var("Z_.*")
        .allowlist_item("inflate")
        .allowlist_file(".*zlib.h")
        .blocklist_function("gz.*")
        .blocklist_type("gzFile")
        .blocklist_var("ZLIB_VER.*")
        .blocklist_item("deflate")
        .blocklist_file(".*zconf.h")
        .opaque_type("internal_state")
        .use_core()
        .ctypes_prefix("ffi")
        .layout_tests(false)
        .derive_default(true)
        .raw_line("use core::ffi;")
        .module_raw_line("m", "pub const X: u8 = 1;");
    assert_eq!(
        flags(b),
        [
            "wrapper.h",
            "--no-layout-tests",
            "--use-core",
            "--with-derive-default",
            "--ctypes-prefix",
            "ffi",
            "--allowlist-function",
            "z.*",
            "--allowlist-type",
            "z_stream",
            "--allowlist-var",
            "Z_.*",
            "--allowlist-item",
            "inflate",
            "--allowlist-file",
            ".*zlib.h",
            "--blocklist-function",
            "gz.*",
            "--blocklist-type",
            "gzFile",
            "--blocklist-var",
            "ZLIB_VER.*",
            "--blocklist-item",
            "deflate",
            "--blocklist-file",
            ".*zconf.h",
            "--opaque-type",
            "internal_state",
            "--raw-line",
            "use core::ffi;",
            "--module-raw-line",
            "m",
            "pub const X: u8 = 1;",
        ]
    );
}

#[test]
fn rust_target_and_edition_are_kbindgen_values() {
    let b = builder()
        .rust_target("1.85.1".parse().unwrap())
        .rust_edition(RustEdition::Edition2024);
    assert_eq!(
        flags(b),
        ["--rust-edition", "2024", "--rust-target", "1.85.1"]
    );
    #[allow(deprecated)]
    let b = builder().rust_target(RustTarget::Stable_1_68);
    assert_eq!(flags(b), ["--rust-target", "1.68"]);
    let b = builder().rust_target(RustTarget::nightly());
    assert_eq!(flags(b), ["--rust-target", "nightly"]);
}

#[test]
fn dynamic_loading_is_kbindgens_option() {
    let b = builder()
        .dynamic_library_name("Zlib")
        .dynamic_link_require_all(true);
    assert_eq!(
        flags(b),
        ["--dynamic-link-require-all", "--dynamic-loading", "Zlib"]
    );
}

#[test]
fn flexarray_dst_is_bindgens_flag() {
    assert_eq!(flags(builder().flexarray_dst(true)), ["--flexarray-dst"]);
    assert!(flags(builder().flexarray_dst(false)).is_empty());
}

#[test]
fn defaults_add_no_options() {
    let b = Builder::default()
        .header("a.h")
        .derive_debug(true)
        .derive_copy(true)
        .layout_tests(true)
        .derive_default(false)
        .size_t_is_usize(true)
        .rustfmt_bindings(true);
    assert_eq!(flags(b), ["a.h"]);
}

#[test]
fn the_last_call_of_a_switch_wins() {
    let b = builder().header("a.h").derive_debug(false);
    assert_eq!(flags(b.clone()), ["a.h", "--no-derive-debug"]);
    assert_eq!(flags(b.derive_debug(true)), ["a.h"]);
}

#[test]
fn derives_map_to_kbindgen_options() {
    let b = builder()
        .header("a.h")
        .derive_debug(false)
        .derive_copy(false)
        .derive_hash(true)
        .derive_partialeq(true)
        .derive_eq(true)
        .derive_partialord(true)
        .derive_ord(true)
        .impl_debug(true)
        .impl_partialeq(true)
        .no_copy("big")
        .no_debug("opaque")
        .no_default("d")
        .no_hash("h")
        .no_partialeq("p");
    assert_eq!(
        flags(b),
        [
            "a.h",
            "--impl-debug",
            "--impl-partialeq",
            "--no-derive-copy",
            "--no-derive-debug",
            "--with-derive-eq",
            "--with-derive-hash",
            "--with-derive-ord",
            "--with-derive-partialeq",
            "--with-derive-partialord",
            "--no-copy",
            "big",
            "--no-debug",
            "opaque",
            "--no-default",
            "d",
            "--no-hash",
            "h",
            "--no-partialeq",
            "p",
        ]
    );
}

#[test]
fn enum_styles_map_to_kbindgen_options() {
    let b = builder()
        .header("a.h")
        .rustified_enum("r")
        .rustified_non_exhaustive_enum("rn")
        .constified_enum("c")
        .constified_enum_module("cm")
        .newtype_enum("n")
        .bitfield_enum("b")
        .prepend_enum_name(false)
        .translate_enum_integer_types(true);
    assert_eq!(
        flags(b),
        [
            "a.h",
            "--no-prepend-enum-name",
            "--translate-enum-integer-types",
            "--rustified-enum",
            "r",
            "--rustified-non-exhaustive-enum",
            "rn",
            "--constified-enum",
            "c",
            "--constified-enum-module",
            "cm",
            "--newtype-enum",
            "n",
            "--bitfield-enum",
            "b",
        ]
    );
    let style = |s| flags(builder().header("a.h").default_enum_style(s))[2].clone();
    assert_eq!(style(EnumVariation::Consts), "consts");
    assert_eq!(style(EnumVariation::ModuleConsts), "moduleconsts");
    assert_eq!(
        style(EnumVariation::Rust {
            non_exhaustive: false
        }),
        "rust"
    );
    assert_eq!(
        style(EnumVariation::Rust {
            non_exhaustive: true
        }),
        "rust_non_exhaustive"
    );
    let newtype = |is_bitfield, is_global| EnumVariation::NewType {
        is_bitfield,
        is_global,
    };
    assert_eq!(style(newtype(false, false)), "newtype");
    assert_eq!(style(newtype(true, false)), "bitfield");
    // kbindgen refuses this one by name rather than the crate guessing.
    assert_eq!(style(newtype(false, true)), "newtype_global");
}

#[test]
fn options_kbindgen_refuses_are_still_passed_on() {
    let b = builder()
        .header("a.h")
        .size_t_is_usize(false)
        .generate_inline_functions(true);
    assert_eq!(
        flags(b),
        ["a.h", "--generate-inline-functions", "--no-size_t-is-usize"]
    );
}

/// One test for everything that reads the environment: tests run in threads
/// of one process, and the environment is the process's.
#[test]
fn generate_runs_kbindgen_and_reports_what_it_read() {
    let dir = scratch("generate");
    let record = dir.join("argv");
    let fake = dir.join("fake-kbindgen");
    // Writes its arguments one per line, bindings to -o, a depfile naming
    // the header and an included file with a space in its name.
    fs::write(
        &fake,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\nhdr=$1; out=; dep=\n\
             while [ $# -gt 0 ]; do case $1 in -o) out=$2;; --depfile) dep=$2;; esac; shift; done\n\
             printf 'pub const X: u32 = 1;\\n' > \"$out\"\n\
             printf '%s: %s /inc/with\\\\ space.h\\n' \"$out\" \"$hdr\" > \"$dep\"\n\
             echo 'a.h:1:1: warning: fake' >&2\n",
            record.display()
        ),
    )
    .unwrap();
    make_executable(&fake);
    let header = dir.join("a.h");
    let extra = dir.join("pre.h");
    fs::write(&header, "").unwrap();
    fs::write(&extra, "").unwrap();

    std::env::remove_var("OUT_DIR");
    std::env::set_var("TARGET", "riscv64gc-unknown-linux-gnu");
    std::env::set_var("BINDGEN_EXTRA_CLANG_ARGS", "-DEXTRA='1 2'");
    std::env::set_var("KBINDGEN", &fake);
    let recorder = Recorder::default();
    let bindings = builder()
        .header(extra.to_str().unwrap())
        .header(header.to_str().unwrap())
        .clang_arg("-I/inc")
        .use_core()
        .parse_callbacks(Box::new(recorder.clone()))
        .generate()
        .expect("the fake kbindgen succeeds");
    assert_eq!(bindings.to_string(), "pub const X: u32 = 1;\n");
    let out = dir.join("out.rs");
    bindings.write_to_file(&out).unwrap();
    assert_eq!(fs::read_to_string(&out).unwrap(), bindings.to_string());

    let argv = fs::read_to_string(&record).unwrap();
    let argv: Vec<&str> = argv.lines().collect();
    assert_eq!(argv[0], header.to_str().unwrap());
    assert_eq!(argv[1], "--use-core");
    assert_eq!(argv[2], "-o");
    assert_eq!(argv[4], "--depfile");
    assert_eq!(
        &argv[6..],
        [
            "--",
            "--target=riscv64-unknown-linux-gnu",
            "-I/inc",
            "-DEXTRA=1 2",
            "-include",
            extra.to_str().unwrap(),
        ]
    );
    // The scratch folder of the run is gone.
    assert!(!PathBuf::from(argv[3]).exists());

    let heard = recorder.heard();
    assert!(heard.contains(&format!("header {}", extra.display())));
    assert!(heard.contains(&format!("header {}", header.display())));
    assert!(heard.contains(&"include /inc/with space.h".to_string()));
    // The input header is reported once, as a header, not as an include.
    assert!(!heard
        .iter()
        .any(|h| h.starts_with("include") && h.ends_with("a.h")));
    assert!(heard.contains(&"env KBINDGEN".to_string()));
    assert!(heard.contains(&"env BINDGEN_EXTRA_CLANG_ARGS".to_string()));

    // A missing header is bindgen's NotExist, before kbindgen runs.
    let missing = dir.join("missing.h");
    let err = builder().header(missing.to_str().unwrap()).generate();
    assert_eq!(err.unwrap_err(), BindgenError::NotExist(missing));
    let err = builder().header(dir.to_str().unwrap()).generate();
    assert_eq!(err.unwrap_err(), BindgenError::FolderAsHeader(dir.clone()));

    // kbindgen's failures keep its messages.
    fs::write(&fake, "#!/bin/sh\necho 'a.h:2:3: error: bad' >&2\nexit 1\n").unwrap();
    match builder().header(header.to_str().unwrap()).generate() {
        Err(BindgenError::ClangDiagnostic(text)) => assert!(text.contains("a.h:2:3: error: bad")),
        other => panic!("expected ClangDiagnostic, got {:?}", other),
    }
    fs::write(&fake, "#!/bin/sh\necho 'kbindgen: error: no' >&2\nexit 2\n").unwrap();
    match builder().header(header.to_str().unwrap()).generate() {
        Err(BindgenError::InvalidOptions(text)) => assert!(text.contains("kbindgen: error: no")),
        other => panic!("expected InvalidOptions, got {:?}", other),
    }

    // No kbindgen: a clear error naming both places looked at.
    std::env::set_var("KBINDGEN", dir.join("nowhere"));
    match builder().header(header.to_str().unwrap()).generate() {
        Err(BindgenError::KbindgenNotFound(text)) => assert!(text.contains("nowhere")),
        other => panic!("expected KbindgenNotFound, got {:?}", other),
    }
    std::env::remove_var("KBINDGEN");
    std::env::set_var("PATH", &dir.join("empty"));
    match builder().header(header.to_str().unwrap()).generate() {
        Err(BindgenError::KbindgenNotFound(text)) => {
            assert!(text.contains("KBINDGEN is not set"));
            assert!(text.contains("no kbindgen on PATH"));
        }
        other => panic!("expected KbindgenNotFound, got {:?}", other),
    }
    let _ = CargoCallbacks::new();
}

#[derive(Debug, Clone, Default)]
struct Recorder(std::rc::Rc<std::cell::RefCell<Vec<String>>>);

impl Recorder {
    fn heard(&self) -> Vec<String> {
        self.0.borrow().clone()
    }
}

impl kbindgen::callbacks::ParseCallbacks for Recorder {
    fn header_file(&self, f: &str) {
        self.0.borrow_mut().push(format!("header {}", f));
    }
    fn include_file(&self, f: &str) {
        self.0.borrow_mut().push(format!("include {}", f));
    }
    fn read_env_var(&self, k: &str) {
        self.0.borrow_mut().push(format!("env {}", k));
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "kbindgen-crate-test-{}-{}",
        name,
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[cfg(unix)]
fn make_executable(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
}

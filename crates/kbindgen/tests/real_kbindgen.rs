//! Every builder method against the real kbindgen: each option the crate
//! passes must be one kbindgen knows (its option table may not drift away
//! from the crate). Needs KBINDGEN_TEST_EXECUTABLE, the kbindgen to run;
//! without it the tests say so and check nothing (ctest always sets it).

use kbindgen::{builder, BindgenError, Builder, EnumVariation, RustEdition, RustTarget};
use std::fs;
use std::path::PathBuf;

fn real_kbindgen() -> Option<PathBuf> {
    let path = std::env::var_os("KBINDGEN_TEST_EXECUTABLE").map(PathBuf::from);
    if path.is_none() {
        eprintln!("KBINDGEN_TEST_EXECUTABLE is not set: not run");
    }
    path
}

fn scratch_header() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kbindgen-real-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let header = dir.join("api.h");
    fs::write(
        &header,
        "enum color { RED, GREEN };\nenum flags { A = 1, B = 2 };\n\
         struct point { int x, y; };\nint add(int a, int b);\n\
         static inline int twice(int a) { return 2 * a; }\nextern int counter;\n#define LIMIT 10\n",
    )
    .unwrap();
    header
}

#[test]
fn every_supported_method_is_an_option_kbindgen_knows() {
    // A match, not let-else: the tests build with the crate's rust-version.
    let kbindgen = match real_kbindgen() {
        Some(path) => path,
        None => return,
    };
    std::env::set_var("KBINDGEN", &kbindgen);
    let header = scratch_header();
    let wrappers = header.with_file_name("wrappers");
    let every_method = builder()
        .header(header.to_str().unwrap())
        .clang_arg("-DUNUSED=1")
        .clang_args(["-Wall"])
        .allowlist_function("add|twice")
        .allowlist_type("point|color|flags")
        .allowlist_var("counter|LIMIT")
        .allowlist_item("point")
        .allowlist_file(".*api.h")
        .blocklist_function("nothing_f")
        .blocklist_type("nothing_t")
        .blocklist_var("nothing_v")
        .blocklist_item("nothing_i")
        .blocklist_file(".*nothing.h")
        .opaque_type("nothing_o")
        .allowlist_recursively(false)
        .ignore_methods()
        .use_core()
        .ctypes_prefix("core::ffi")
        .layout_tests(false)
        .generate_comments(false)
        .disable_header_comment()
        .raw_line("// raw line")
        .module_raw_line("color", "// module line")
        .derive_debug(false)
        .derive_copy(false)
        .derive_default(true)
        .derive_hash(true)
        .derive_partialeq(true)
        .derive_eq(true)
        .derive_partialord(true)
        .derive_ord(true)
        .impl_debug(true)
        .impl_partialeq(true)
        .no_debug("nothing_d")
        .no_copy("nothing_c")
        .no_default("nothing_d")
        .no_hash("nothing_h")
        .no_partialeq("nothing_p")
        .default_enum_style(EnumVariation::ModuleConsts)
        .rustified_enum("nothing_r")
        .rustified_non_exhaustive_enum("nothing_n")
        .constified_enum("nothing_c")
        .constified_enum_module("color")
        .newtype_enum("nothing_t")
        .bitfield_enum("flags")
        .prepend_enum_name(false)
        .translate_enum_integer_types(true)
        .explicit_padding(true)
        .merge_extern_blocks(true)
        .sort_semantically(true)
        .wrap_unsafe_ops(true)
        .generate_cstr(true)
        .enable_function_attribute_detection()
        .wrap_static_fns(true)
        .wrap_static_fns_path(&wrappers)
        .wrap_static_fns_suffix("__shim")
        .size_t_is_usize(true)
        .detect_include_paths(false)
        .trust_clang_mangling(false)
        .rust_target(RustTarget::stable(68, 0).unwrap())
        .rust_edition(RustEdition::Edition2021);
    let flags = every_method.command_line_flags();
    let bindings = every_method
        .generate()
        .expect("kbindgen takes every option");
    let text = bindings.to_string();
    assert!(text.contains("pub fn add"), "{}", text);
    assert!(text.contains("twice__shim"), "{}", text);
    assert!(wrappers.with_extension("c").is_file());
    eprintln!("checked {} options against kbindgen", flags.len());
    for style in [
        EnumVariation::Consts,
        EnumVariation::Rust {
            non_exhaustive: true,
        },
        EnumVariation::NewType {
            is_bitfield: false,
            is_global: false,
        },
        EnumVariation::NewType {
            is_bitfield: false,
            is_global: true,
        },
    ] {
        let with_style = builder()
            .header(header.to_str().unwrap())
            .default_enum_style(style);
        with_style
            .generate()
            .expect("kbindgen takes the enum style");
    }
    let ignoring = builder()
        .header(header.to_str().unwrap())
        .ignore_functions();
    assert!(!ignoring
        .generate()
        .unwrap()
        .to_string()
        .contains("pub fn add"));
}

#[test]
fn dynamic_loading_writes_the_loader_struct() {
    // A match, not let-else: the tests build with the crate's rust-version.
    let kbindgen = match real_kbindgen() {
        Some(path) => path,
        None => return,
    };
    std::env::set_var("KBINDGEN", &kbindgen);
    let text = builder()
        .header(scratch_header().to_str().unwrap())
        .allowlist_function("add")
        .dynamic_library_name("Api")
        .generate()
        .expect("kbindgen takes --dynamic-loading")
        .to_string();
    assert!(text.contains("pub struct Api"), "{}", text);
    assert!(text.contains("pub unsafe fn add"), "{}", text);
}

#[test]
fn flexarray_dst_makes_the_struct_generic() {
    // A match, not let-else: the tests build with the crate's rust-version.
    let kbindgen = match real_kbindgen() {
        Some(path) => path,
        None => return,
    };
    std::env::set_var("KBINDGEN", &kbindgen);
    let text = builder()
        .header_contents("flex.h", "struct msg { unsigned len; char payload[]; };\n")
        .flexarray_dst(true)
        .generate()
        .expect("kbindgen takes --flexarray-dst")
        .to_string();
    assert!(text.contains("pub struct msg<FAM: ?Sized = ["), "{}", text);
    assert!(text.contains("pub unsafe fn flex_ref("), "{}", text);
}

#[test]
fn header_contents_is_parsed() {
    // A match, not let-else: the tests build with the crate's rust-version.
    let kbindgen = match real_kbindgen() {
        Some(path) => path,
        None => return,
    };
    std::env::set_var("KBINDGEN", &kbindgen);
    let bindings = builder()
        .header_contents("inline.h", "int from_text(void);\n")
        .generate()
        .expect("kbindgen parses the text");
    assert!(bindings.to_string().contains("pub fn from_text"));
}

#[test]
fn options_kbindgen_refuses_come_back_as_invalid_options() {
    // A match, not let-else: the tests build with the crate's rust-version.
    let kbindgen = match real_kbindgen() {
        Some(path) => path,
        None => return,
    };
    std::env::set_var("KBINDGEN", &kbindgen);
    let header = scratch_header();
    // Options kbindgen once refused and now implements generate.
    let implemented: [(fn(Builder) -> Builder, &str); 3] = [
        (|b| b.size_t_is_usize(false), "--no-size_t-is-usize"),
        (
            |b| b.generate_inline_functions(true),
            "--generate-inline-functions",
        ),
        (|b| b.emit_builtins(), "--builtins"),
    ];
    for (method, option) in implemented {
        if let Err(error) = method(builder().header(header.to_str().unwrap())).generate() {
            panic!("{}: expected bindings, got {:?}", option, error);
        }
    }
    let refused: [(fn(Builder) -> Builder, &str); 1] =
        [(|b| b.enable_cxx_namespaces(), "--enable-cxx-namespaces")];
    for (method, option) in refused {
        match method(builder().header(header.to_str().unwrap())).generate() {
            Err(BindgenError::InvalidOptions(text)) => {
                assert!(text.contains(option), "{}: {}", option, text)
            }
            other => panic!("{}: expected InvalidOptions, got {:?}", option, other),
        }
    }
    // A header error is a ClangDiagnostic carrying kbindgen's message.
    match builder()
        .header_contents("broken.h", "int broken(;\n")
        .generate()
    {
        Err(BindgenError::ClangDiagnostic(text)) => {
            assert!(
                text.contains("broken.h:1:") && text.contains("error:"),
                "{}",
                text
            )
        }
        other => panic!("expected ClangDiagnostic, got {:?}", other),
    }
}

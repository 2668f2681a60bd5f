//! `Builder`: bindgen's builder methods, each recorded as the kbindgen option
//! of the same meaning (lib/Driver/OptionTable.cpp). A bindgen option kbindgen
//! rejects is still passed on, so that kbindgen refuses it by name.

use crate::callbacks::ParseCallbacks;
use crate::rust_target::{RustEdition, RustTarget};
use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;

/// How enums are generated unless a per-enum method says otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EnumVariation {
    /// A Rust `enum` (`#[non_exhaustive]` when asked).
    Rust { non_exhaustive: bool },
    /// A newtype with associated constants (with the bit operators when
    /// `is_bitfield`), or with the constants at top level when `is_global`.
    NewType { is_bitfield: bool, is_global: bool },
    /// Plain constants (bindgen's default).
    #[default]
    Consts,
    /// A module of constants.
    ModuleConsts,
}

impl EnumVariation {
    fn option_value(self) -> &'static str {
        match self {
            EnumVariation::Rust {
                non_exhaustive: false,
            } => "rust",
            EnumVariation::Rust {
                non_exhaustive: true,
            } => "rust_non_exhaustive",
            EnumVariation::NewType {
                is_global: true, ..
            } => "newtype_global",
            EnumVariation::NewType {
                is_bitfield: false, ..
            } => "newtype",
            EnumVariation::NewType {
                is_bitfield: true, ..
            } => "bitfield",
            EnumVariation::Consts => "consts",
            EnumVariation::ModuleConsts => "moduleconsts",
        }
    }
}

/// bindgen's formatter choice. kbindgen's output is already formatted as
/// rustfmt would, so every choice writes the same text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Formatter {
    None,
    #[default]
    Rustfmt,
    Prettyplease,
}

/// One header: a file, or text given to `header_contents`.
#[derive(Debug, Clone)]
pub(crate) enum Input {
    File(String),
    Contents { name: String, contents: String },
}

/// Collects bindgen's options; `generate` runs kbindgen with them.
#[derive(Debug, Default, Clone)]
pub struct Builder {
    pub(crate) inputs: Vec<Input>,
    pub(crate) clang_args: Vec<String>,
    /// Options without a value, by spelling; the last call wins.
    switches: BTreeMap<&'static str, bool>,
    /// Options with one value, by spelling; the last call wins.
    values: BTreeMap<&'static str, String>,
    /// Repeatable options with a value, in call order.
    repeated: Vec<(&'static str, String)>,
    module_raw_lines: Vec<(String, String)>,
    pub(crate) callbacks: Vec<Rc<dyn ParseCallbacks>>,
}

/// A new `Builder`, as bindgen's `bindgen::builder()`.
pub fn builder() -> Builder {
    Builder::default()
}

macro_rules! repeated_options {
    ($($(#[$doc:meta])* $method:ident => $flag:literal;)*) => {$(
        $(#[$doc])*
        pub fn $method<T: AsRef<str>>(mut self, arg: T) -> Builder {
            self.repeated.push(($flag, arg.as_ref().to_owned()));
            self
        }
    )*};
}

macro_rules! switch_options {
    ($($(#[$doc:meta])* $method:ident => $flag:literal when $on:literal;)*) => {$(
        $(#[$doc])*
        pub fn $method(mut self, doit: bool) -> Builder {
            self.switches.insert($flag, doit == $on);
            self
        }
    )*};
}

impl Builder {
    /// Adds an input header. As in bindgen, every header but the last is
    /// passed to clang with `-include`, and the last is the one parsed.
    pub fn header<T: Into<String>>(mut self, header: T) -> Builder {
        self.inputs.push(Input::File(header.into()));
        self
    }

    /// Adds several input headers (see `header`).
    pub fn headers<I: IntoIterator>(self, headers: I) -> Builder
    where
        I::Item: Into<String>,
    {
        headers.into_iter().fold(self, |b, h| b.header(h))
    }

    /// Adds a header given as text; it is written to a scratch file named
    /// like `name` for the run.
    pub fn header_contents(mut self, name: &str, contents: &str) -> Builder {
        self.inputs.push(Input::Contents {
            name: name.to_owned(),
            contents: contents.to_owned(),
        });
        self
    }

    /// Adds an argument for clang (after kbindgen's `--`).
    pub fn clang_arg<T: Into<String>>(mut self, arg: T) -> Builder {
        self.clang_args.push(arg.into());
        self
    }

    /// Adds arguments for clang.
    pub fn clang_args<I: IntoIterator>(mut self, args: I) -> Builder
    where
        I::Item: AsRef<str>,
    {
        self.clang_args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    repeated_options! {
        /// Generates the functions matching the regex and what they need.
        allowlist_function => "--allowlist-function";
        /// Generates the types matching the regex and what they need.
        allowlist_type => "--allowlist-type";
        /// Generates the variables and constants matching the regex.
        allowlist_var => "--allowlist-var";
        /// Generates the items of any kind matching the regex.
        allowlist_item => "--allowlist-item";
        /// Generates everything declared in files matching the regex.
        allowlist_file => "--allowlist-file";
        /// Does not generate the functions matching the regex.
        blocklist_function => "--blocklist-function";
        /// Does not generate the types matching the regex.
        blocklist_type => "--blocklist-type";
        /// Does not generate the variables matching the regex.
        blocklist_var => "--blocklist-var";
        /// Does not generate the items of any kind matching the regex.
        blocklist_item => "--blocklist-item";
        /// Does not generate anything declared in files matching the regex.
        blocklist_file => "--blocklist-file";
        /// Generates the types matching the regex as opaque blobs.
        opaque_type => "--opaque-type";
        /// Generates the enums matching the regex as Rust enums.
        rustified_enum => "--rustified-enum";
        /// Generates the enums matching the regex as `#[non_exhaustive]` Rust enums.
        rustified_non_exhaustive_enum => "--rustified-non-exhaustive-enum";
        /// Generates the enums matching the regex as constants.
        constified_enum => "--constified-enum";
        /// Generates the enums matching the regex as a module of constants.
        constified_enum_module => "--constified-enum-module";
        /// Generates the enums matching the regex as newtypes.
        newtype_enum => "--newtype-enum";
        /// Generates the enums matching the regex as newtypes with bit operators.
        bitfield_enum => "--bitfield-enum";
        /// Does not derive Debug for the types matching the regex.
        no_debug => "--no-debug";
        /// Does not derive Copy for the types matching the regex.
        no_copy => "--no-copy";
        /// Does not derive Default for the types matching the regex.
        no_default => "--no-default";
        /// Does not derive Hash for the types matching the regex.
        no_hash => "--no-hash";
        /// Does not derive PartialEq for the types matching the regex.
        no_partialeq => "--no-partialeq";
    }

    switch_options! {
        /// Derives Debug (default: true).
        derive_debug => "--no-derive-debug" when false;
        /// Derives Copy and Clone (default: true).
        derive_copy => "--no-derive-copy" when false;
        /// Derives Default where possible (default: false).
        derive_default => "--with-derive-default" when true;
        /// Derives Hash where possible (default: false).
        derive_hash => "--with-derive-hash" when true;
        /// Derives PartialEq where possible (default: false).
        derive_partialeq => "--with-derive-partialeq" when true;
        /// Derives Eq (and PartialEq) where possible (default: false).
        derive_eq => "--with-derive-eq" when true;
        /// Derives PartialOrd where possible (default: false).
        derive_partialord => "--with-derive-partialord" when true;
        /// Derives Ord (and PartialOrd) where possible (default: false).
        derive_ord => "--with-derive-ord" when true;
        /// Implements Debug by hand where it cannot be derived (default: false).
        impl_debug => "--impl-debug" when true;
        /// Implements PartialEq by hand where it cannot be derived (default: false).
        impl_partialeq => "--impl-partialeq" when true;
        /// Emits layout assertions (default: true).
        layout_tests => "--no-layout-tests" when false;
        /// Copies doc comments into the bindings (default: true).
        generate_comments => "--no-doc-comments" when false;
        /// Generates what allowlisted items refer to (default: true).
        allowlist_recursively => "--no-recursive-allowlist" when false;
        /// Prefixes enum constants with the enum's name (default: true).
        prepend_enum_name => "--no-prepend-enum-name" when false;
        /// Gives Rust enums the C enum's integer type (default: false).
        translate_enum_integer_types => "--translate-enum-integer-types" when true;
        /// Adds explicit padding fields (default: false).
        explicit_padding => "--explicit-padding" when true;
        /// Writes a struct ending in a flexible array member generic over it,
        /// `s<FAM: ?Sized = [T; 0]>`, with helpers to its unsized form
        /// (default: false; needs Rust 1.77).
        flexarray_dst => "--flexarray-dst" when true;
        /// Puts all functions and variables in one extern block (default: false).
        merge_extern_blocks => "--merge-extern-blocks" when true;
        /// Orders items by kind (default: false).
        sort_semantically => "--sort-semantically" when true;
        /// Wraps unsafe operations in unsafe blocks (default: false).
        wrap_unsafe_ops => "--wrap-unsafe-ops" when true;
        /// Generates string constants as `&CStr` (default: false).
        generate_cstr => "--generate-cstr" when true;
        /// Writes C wrappers for static inline functions (default: false).
        wrap_static_fns => "--wrap-static-fns" when true;
        /// `size_t` and `ssize_t` are `usize` and `isize` (default: true;
        /// false keeps their typedefs).
        size_t_is_usize => "--no-size_t-is-usize" when false;
        /// Binds the non-static inline functions whose definition gives them
        /// a symbol (default: false).
        generate_inline_functions => "--generate-inline-functions" when true;
        /// Accepted; kbindgen adds no include paths of its own.
        detect_include_paths => "--no-include-path-detection" when false;
        /// Accepted; C names are not mangled.
        trust_clang_mangling => "--distrust-clang-mangling" when false;
        /// With `dynamic_library_name`: loading fails unless every function
        /// is found (default: false, a missing one fails when called).
        dynamic_link_require_all => "--dynamic-link-require-all" when true;
    }

    /// Uses `core` instead of `std`.
    pub fn use_core(mut self) -> Builder {
        self.switches.insert("--use-core", true);
        self
    }

    /// Generates no functions.
    pub fn ignore_functions(mut self) -> Builder {
        self.switches.insert("--ignore-functions", true);
        self
    }

    /// Accepted; C has no methods.
    pub fn ignore_methods(mut self) -> Builder {
        self.switches.insert("--ignore-methods", true);
        self
    }

    /// Leaves out the "automatically generated" comment line.
    pub fn disable_header_comment(mut self) -> Builder {
        self.switches.insert("--disable-header-comment", true);
        self
    }

    /// Turns `warn_unused_result` into `#[must_use]`.
    pub fn enable_function_attribute_detection(mut self) -> Builder {
        self.switches
            .insert("--enable-function-attribute-detection", true);
        self
    }

    /// Also binds what clang defines outside any file (its predefined
    /// macros), as bindgen does.
    pub fn emit_builtins(mut self) -> Builder {
        self.switches.insert("--builtins", true);
        self
    }

    /// kbindgen refuses it: C++ is not supported.
    pub fn enable_cxx_namespaces(mut self) -> Builder {
        self.switches.insert("--enable-cxx-namespaces", true);
        self
    }

    /// The path of the C types (`c_int`, ...).
    pub fn ctypes_prefix<T: Into<String>>(mut self, prefix: T) -> Builder {
        self.values.insert("--ctypes-prefix", prefix.into());
        self
    }

    /// Functions are loaded at run time: a struct `name` opens the library
    /// (`name::new(path)`) and holds a pointer per function.
    pub fn dynamic_library_name<T: Into<String>>(mut self, name: T) -> Builder {
        self.values.insert("--dynamic-loading", name.into());
        self
    }

    /// The Rust release the bindings are written for: nothing newer is used.
    pub fn rust_target(mut self, target: RustTarget) -> Builder {
        self.values.insert("--rust-target", target.to_string());
        self
    }

    /// The Rust edition of the bindings.
    pub fn rust_edition(mut self, edition: RustEdition) -> Builder {
        self.values.insert("--rust-edition", edition.to_string());
        self
    }

    /// How enums are generated by default.
    pub fn default_enum_style(mut self, style: EnumVariation) -> Builder {
        self.values
            .insert("--default-enum-style", style.option_value().to_owned());
        self
    }

    /// Where the C wrappers of `wrap_static_fns` go.
    pub fn wrap_static_fns_path<T: AsRef<Path>>(mut self, path: T) -> Builder {
        let path = path.as_ref().to_string_lossy().into_owned();
        self.values.insert("--wrap-static-fns-path", path);
        self
    }

    /// The suffix of the C wrappers' names.
    pub fn wrap_static_fns_suffix<T: AsRef<str>>(mut self, suffix: T) -> Builder {
        let suffix = suffix.as_ref().to_owned();
        self.values.insert("--wrap-static-fns-suffix", suffix);
        self
    }

    /// Adds a line of Rust at the top of the bindings.
    pub fn raw_line<T: Into<String>>(mut self, line: T) -> Builder {
        self.repeated.push(("--raw-line", line.into()));
        self
    }

    /// Adds a line of Rust to the module `module`.
    pub fn module_raw_line<T, U>(mut self, module: T, line: U) -> Builder
    where
        T: Into<String>,
        U: Into<String>,
    {
        self.module_raw_lines.push((module.into(), line.into()));
        self
    }

    /// Accepted; the output is already formatted as rustfmt would.
    pub fn formatter(self, _formatter: Formatter) -> Builder {
        self
    }

    /// Accepted; the output is already formatted as rustfmt would.
    pub fn rustfmt_bindings(self, _doit: bool) -> Builder {
        self
    }

    /// Adds callbacks: the files read and environment variables (see
    /// `ParseCallbacks`).
    pub fn parse_callbacks(mut self, callbacks: Box<dyn ParseCallbacks>) -> Builder {
        self.callbacks.push(Rc::from(callbacks));
        self
    }

    /// kbindgen's options for this builder: the parsed header (the last
    /// file given to `header`; text given to `header_contents` shows as its
    /// name) and the options, without the output, depfile and clang arguments
    /// `generate` adds.
    pub fn command_line_flags(&self) -> Vec<String> {
        let mut flags = Vec::new();
        if let Some(main) = self.inputs.last() {
            flags.push(match main {
                Input::File(path) => path.clone(),
                Input::Contents { name, .. } => name.clone(),
            });
        }
        flags.extend(self.option_flags());
        flags
    }

    /// The options alone, in a fixed order: switches and single values by
    /// spelling, then repeatable options in call order.
    pub(crate) fn option_flags(&self) -> Vec<String> {
        let mut flags = Vec::new();
        for (flag, _) in self.switches.iter().filter(|(_, on)| **on) {
            flags.push((*flag).to_owned());
        }
        for (flag, value) in self.values.iter().chain(self.repeated_pairs()) {
            flags.push((*flag).to_owned());
            flags.push(value.clone());
        }
        for (module, line) in &self.module_raw_lines {
            flags.extend(["--module-raw-line".to_owned(), module.clone(), line.clone()]);
        }
        flags
    }

    fn repeated_pairs(&self) -> impl Iterator<Item = (&&'static str, &String)> {
        self.repeated.iter().map(|(flag, value)| (flag, value))
    }
}

//! bindgen's `Builder` for build scripts, backed by the kbindgen executable.
//!
//! A build script written for bindgen works with this crate after one change:
//! `use kbindgen as bindgen;`, or in Cargo.toml
//! `bindgen = { package = "kbindgen", path = "..." }` under
//! `[build-dependencies]` (docs/build-systems.md).
//!
//! kbindgen is found through the `KBINDGEN` environment variable, else on
//! PATH. `generate` runs it with the options the builder collected, the
//! output and a depfile in a scratch folder, and reads them back.

mod builder;
pub mod callbacks;
mod depfile;
mod environment;
mod error;
mod generate;
mod rust_target;

pub use builder::{builder, Builder, EnumVariation, Formatter};
#[allow(deprecated)]
pub use callbacks::{CargoCallbacks, ParseCallbacks};
pub use environment::KBINDGEN_ENV;
pub use error::BindgenError;
pub use generate::Bindings;
pub use rust_target::{InvalidRustTarget, RustEdition, RustTarget, LATEST_STABLE_RUST};

//! The error `Builder::generate` returns.

use std::fmt;
use std::path::PathBuf;

/// Why no bindings were generated. The first four variants are bindgen's;
/// the others say what went wrong around the kbindgen executable.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BindgenError {
    /// The header was a folder.
    FolderAsHeader(PathBuf),
    /// The header could not be read.
    InsufficientPermissions(PathBuf),
    /// The header does not exist.
    NotExist(PathBuf),
    /// kbindgen could not parse the headers (exit status 1); its messages.
    ClangDiagnostic(String),
    /// kbindgen rejected the command line (exit status 2), e.g. a bindgen
    /// option it does not support; its messages.
    InvalidOptions(String),
    /// No kbindgen executable was found; says where it was looked for.
    KbindgenNotFound(String),
    /// kbindgen could not be run, or died, or its output could not be read.
    Io(String),
}

impl fmt::Display for BindgenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BindgenError::FolderAsHeader(path) => {
                write!(
                    f,
                    "kbindgen: error: header '{}' is a folder",
                    path.display()
                )
            }
            BindgenError::InsufficientPermissions(path) => write!(
                f,
                "kbindgen: error: no permission to read header '{}'",
                path.display()
            ),
            BindgenError::NotExist(path) => {
                write!(
                    f,
                    "kbindgen: error: header '{}' does not exist",
                    path.display()
                )
            }
            BindgenError::ClangDiagnostic(text)
            | BindgenError::InvalidOptions(text)
            | BindgenError::KbindgenNotFound(text)
            | BindgenError::Io(text) => f.write_str(text.trim_end()),
        }
    }
}

impl std::error::Error for BindgenError {}

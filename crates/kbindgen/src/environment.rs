//! What the crate reads from its surroundings: where kbindgen is, extra clang
//! arguments (bindgen's BINDGEN_EXTRA_CLANG_ARGS), the target cargo builds for.

use crate::BindgenError;
use std::env;
use std::path::{Path, PathBuf};

/// The environment variable naming the kbindgen executable.
pub const KBINDGEN_ENV: &str = "KBINDGEN";

/// The kbindgen executable: `$KBINDGEN` if set, else `kbindgen` on PATH.
/// `report` hears every variable read, for cargo's rerun-if-env-changed.
pub(crate) fn find_kbindgen(report: &dyn Fn(&str)) -> Result<PathBuf, BindgenError> {
    report(KBINDGEN_ENV);
    if let Some(named) = env::var_os(KBINDGEN_ENV).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(named);
        if path.is_file() {
            return Ok(path);
        }
        return Err(BindgenError::KbindgenNotFound(format!(
            "kbindgen: error: {}={} is not an executable file",
            KBINDGEN_ENV,
            path.display()
        )));
    }
    let search_path = env::var_os("PATH").unwrap_or_default();
    for dir in env::split_paths(&search_path) {
        let candidate = dir.join("kbindgen");
        if is_executable(&candidate) {
            return Ok(candidate);
        }
    }
    Err(BindgenError::KbindgenNotFound(format!(
        "kbindgen: error: the kbindgen executable was not found: {} is not set and \
         there is no kbindgen on PATH ({}); install kbindgen or set {}=/path/to/kbindgen",
        KBINDGEN_ENV,
        search_path.to_string_lossy(),
        KBINDGEN_ENV
    )))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// The clang arguments bindgen takes from the environment, most specific
/// variable first: `BINDGEN_EXTRA_CLANG_ARGS_<target>` (as cargo spells the
/// target, then with '-' as '_'), else `BINDGEN_EXTRA_CLANG_ARGS`.
pub(crate) fn extra_clang_args(report: &dyn Fn(&str)) -> Result<Vec<String>, BindgenError> {
    const BASE: &str = "BINDGEN_EXTRA_CLANG_ARGS";
    let mut names = Vec::new();
    if let Ok(target) = env::var("TARGET") {
        names.push(format!("{}_{}", BASE, target));
        names.push(format!("{}_{}", BASE, target.replace('-', "_")));
    }
    names.push(BASE.to_string());
    for name in &names {
        report(name);
        if let Ok(value) = env::var(name) {
            return split_shell_words(&value).map_err(|why| {
                BindgenError::InvalidOptions(format!("kbindgen: error: {}: {}", name, why))
            });
        }
    }
    Ok(Vec::new())
}

/// Splits `text` as a POSIX shell splits words: blanks separate, quotes
/// group, a backslash escapes (not inside single quotes).
pub(crate) fn split_shell_words(text: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' => {
                if let Some(done) = word.take() {
                    words.push(done);
                }
            }
            '\'' => {
                let current = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(inner) => current.push(inner),
                        None => return Err("unterminated single quote".into()),
                    }
                }
            }
            '"' => {
                let current = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(e @ ('"' | '\\' | '$' | '`')) => current.push(e),
                            Some(other) => {
                                current.push('\\');
                                current.push(other);
                            }
                            None => return Err("unterminated double quote".into()),
                        },
                        Some(inner) => current.push(inner),
                        None => return Err("unterminated double quote".into()),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(escaped) => word.get_or_insert_with(String::new).push(escaped),
                None => return Err("trailing backslash".into()),
            },
            _ => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    Ok(words)
}

/// clang's spelling of a Rust target triple, where the two differ.
pub(crate) fn clang_target(rust_target: &str) -> String {
    let mut parts: Vec<&str> = rust_target.split('-').collect();
    let arch = parts[0];
    let clang_arch = if arch.starts_with("riscv64") {
        "riscv64"
    } else if arch.starts_with("riscv32") {
        "riscv32"
    } else if arch == "aarch64" && rust_target.contains("-apple-") {
        "arm64"
    } else {
        arch
    };
    parts[0] = clang_arch;
    let mut triple = parts.join("-");
    if triple.ends_with("-ios-sim") {
        triple.push_str("ulator");
    }
    triple
}

/// Whether the clang arguments already choose a target.
pub(crate) fn names_target(clang_args: &[String]) -> bool {
    clang_args
        .iter()
        .any(|a| a == "-target" || a == "--target" || a.starts_with("--target="))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_follow_posix_quoting() {
        assert_eq!(
            split_shell_words(r#" -I/a\ b  "-DX=\"1 2\"" '-DY=$Z' "#).unwrap(),
            vec!["-I/a b", "-DX=\"1 2\"", "-DY=$Z"]
        );
        assert_eq!(split_shell_words("''").unwrap(), vec![""]);
        assert!(split_shell_words("'open").is_err());
    }

    #[test]
    fn rust_targets_become_clang_targets() {
        assert_eq!(
            clang_target("x86_64-unknown-linux-gnu"),
            "x86_64-unknown-linux-gnu"
        );
        assert_eq!(
            clang_target("riscv64gc-unknown-linux-gnu"),
            "riscv64-unknown-linux-gnu"
        );
        assert_eq!(
            clang_target("riscv32imac-unknown-none-elf"),
            "riscv32-unknown-none-elf"
        );
        assert_eq!(
            clang_target("aarch64-apple-ios-sim"),
            "arm64-apple-ios-simulator"
        );
    }

    #[test]
    fn an_explicit_target_is_seen() {
        assert!(names_target(&["--target=aarch64-linux-gnu".to_string()]));
        assert!(names_target(&["-target".to_string(), "x".to_string()]));
        assert!(!names_target(&["-I/usr/include".to_string()]));
    }
}

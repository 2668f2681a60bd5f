//! `Builder::generate`: runs kbindgen on the builder's options and reads back
//! the bindings and the files the run read.

use crate::builder::{Builder, Input};
use crate::depfile;
use crate::environment::{clang_target, extra_clang_args, find_kbindgen, names_target};
use crate::BindgenError;
use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Generated bindings: the Rust text kbindgen wrote.
#[derive(Debug, Clone)]
pub struct Bindings {
    text: String,
}

impl Bindings {
    /// Writes the bindings to `path`.
    pub fn write_to_file<P: AsRef<Path>>(&self, path: P) -> io::Result<()> {
        fs::write(path, self.text.as_bytes())
    }

    /// Writes the bindings to `writer`.
    pub fn write<'a>(&self, mut writer: Box<dyn Write + 'a>) -> io::Result<()> {
        writer.write_all(self.text.as_bytes())
    }
}

impl fmt::Display for Bindings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Builder {
    /// Runs kbindgen. Fails when kbindgen is not found, a header is missing,
    /// or kbindgen reports an error (its messages are in the error).
    pub fn generate(self) -> Result<Bindings, BindgenError> {
        let report_env = |key: &str| self.callbacks.iter().for_each(|c| c.read_env_var(key));
        let kbindgen = find_kbindgen(&report_env)?;
        if self.inputs.is_empty() {
            return Err(BindgenError::InvalidOptions(
                "kbindgen: error: no header given (Builder::header)".into(),
            ));
        }
        for input in &self.inputs {
            if let Input::File(path) = input {
                check_header(Path::new(path))?;
            }
        }

        let scratch = ScratchDir::new()?;
        let mut headers = Vec::new();
        for (index, input) in self.inputs.iter().enumerate() {
            headers.push(match input {
                Input::File(path) => PathBuf::from(path),
                Input::Contents { name, contents } => {
                    scratch.write_header(index, name, contents)?
                }
            });
        }
        let (main_header, included_headers) = headers.split_last().unwrap();

        let mut clang_args = self.clang_args.clone();
        clang_args.extend(extra_clang_args(&report_env)?);
        if !names_target(&clang_args) {
            if let Ok(target) = std::env::var("TARGET") {
                clang_args.insert(0, format!("--target={}", clang_target(&target)));
            }
        }
        let mut clang_args: Vec<OsString> = clang_args.into_iter().map(OsString::from).collect();
        for header in included_headers {
            clang_args.push("-include".into());
            clang_args.push(header.clone().into_os_string());
        }

        let output_path = scratch.path.join("bindings.rs");
        let depfile_path = scratch.path.join("bindings.d");
        let run = Command::new(&kbindgen)
            .arg(main_header)
            .args(self.option_flags())
            .arg("-o")
            .arg(&output_path)
            .arg("--depfile")
            .arg(&depfile_path)
            .arg("--")
            .args(&clang_args)
            .output()
            .map_err(|e| {
                BindgenError::Io(format!(
                    "kbindgen: error: could not run {}: {}",
                    kbindgen.display(),
                    e
                ))
            })?;
        let messages = String::from_utf8_lossy(&run.stderr).into_owned();
        match run.status.code() {
            Some(0) => {}
            Some(1) => return Err(BindgenError::ClangDiagnostic(messages)),
            Some(2) => return Err(BindgenError::InvalidOptions(messages)),
            _ => {
                return Err(BindgenError::Io(format!(
                    "kbindgen: error: {} failed ({})\n{}",
                    kbindgen.display(),
                    run.status,
                    messages
                )))
            }
        }
        // Warnings go where a build script's output is kept.
        eprint!("{}", messages);

        let text = read_output(&output_path)?;
        let rule = read_output(&depfile_path)?;
        self.report_files(&depfile::dependencies(&rule), &scratch.path);
        Ok(Bindings { text })
    }

    /// Tells the callbacks about the input headers, then about every other
    /// file the run read (scratch copies of `header_contents` left out:
    /// they are gone after the run).
    fn report_files(&self, dependencies: &[String], scratch: &Path) {
        let inputs: Vec<PathBuf> = self
            .inputs
            .iter()
            .filter_map(|input| match input {
                Input::File(path) => Some(PathBuf::from(path)),
                Input::Contents { .. } => None,
            })
            .collect();
        for callbacks in &self.callbacks {
            for input in &inputs {
                callbacks.header_file(&input.to_string_lossy());
            }
            for file in dependencies {
                let path = Path::new(file);
                let is_input = inputs.iter().any(|i| same_spelling(i, path));
                if !is_input && !path.starts_with(scratch) {
                    callbacks.include_file(file);
                }
            }
        }
    }
}

fn check_header(path: &Path) -> Result<(), BindgenError> {
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            return Err(BindgenError::InsufficientPermissions(path.to_owned()))
        }
        Err(_) => return Err(BindgenError::NotExist(path.to_owned())),
    };
    if metadata.is_dir() {
        return Err(BindgenError::FolderAsHeader(path.to_owned()));
    }
    if fs::File::open(path).is_err() {
        return Err(BindgenError::InsufficientPermissions(path.to_owned()));
    }
    Ok(())
}

/// Whether two paths are spelled the same but for `.` components (kbindgen's
/// depfile drops them).
fn same_spelling(a: &Path, b: &Path) -> bool {
    without_dots(a).eq(without_dots(b))
}

fn without_dots(path: &Path) -> impl Iterator<Item = Component<'_>> {
    path.components().filter(|c| *c != Component::CurDir)
}

fn read_output(path: &Path) -> Result<String, BindgenError> {
    fs::read_to_string(path).map_err(|e| {
        BindgenError::Io(format!(
            "kbindgen: error: cannot read {}: {}",
            path.display(),
            e
        ))
    })
}

/// A folder of its own for one run, removed afterwards: in OUT_DIR when
/// cargo sets it, else in the system's temporary folder.
struct ScratchDir {
    path: PathBuf,
}

impl ScratchDir {
    fn new() -> Result<ScratchDir, BindgenError> {
        static RUNS: AtomicUsize = AtomicUsize::new(0);
        let base = std::env::var_os("OUT_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(std::env::temp_dir);
        let stamp = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let path = base.join(format!(
            "kbindgen-{}-{}-{}",
            std::process::id(),
            stamp,
            RUNS.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&path).map_err(|e| {
            BindgenError::Io(format!(
                "kbindgen: error: cannot create {}: {}",
                path.display(),
                e
            ))
        })?;
        Ok(ScratchDir { path })
    }

    /// Writes a `header_contents` header under its own file name, in a
    /// folder per header so that two of the same name do not collide.
    fn write_header(
        &self,
        index: usize,
        name: &str,
        contents: &str,
    ) -> Result<PathBuf, BindgenError> {
        let file_name = Path::new(name)
            .file_name()
            .map(|n| n.to_owned())
            .unwrap_or_else(|| "header.h".into());
        let folder = self.path.join(format!("contents-{}", index));
        let path = folder.join(file_name);
        fs::create_dir_all(&folder)
            .and_then(|_| fs::write(&path, contents))
            .map_err(|e| {
                BindgenError::Io(format!(
                    "kbindgen: error: cannot write {}: {}",
                    path.display(),
                    e
                ))
            })?;
        Ok(path)
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

//! `RustTarget` and `RustEdition`: the Rust release and edition the bindings
//! are written for, as bindgen 0.71+ spells them (`RustTarget::stable(68, 0)`,
//! `"1.68".parse()`, `RustTarget::nightly()`, `RustEdition::Edition2021`).
//! kbindgen checks the pair itself (`--rust-target`, `--rust-edition`).

use std::fmt;
use std::str::FromStr;

/// The oldest Rust release bindgen (and so kbindgen) writes bindings for.
const OLDEST_MINOR: u64 = 33;

/// A Rust release: stable `1.MINOR.PATCH`, or nightly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RustTarget(Release);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Release {
    Stable { minor: u64, patch: u64 },
    Nightly,
}

/// Why a Rust release cannot be a target.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InvalidRustTarget {
    /// Older than Rust 1.33.
    TooEarly,
    /// Not of the form `1.MINOR`, `1.MINOR.PATCH` or `nightly`.
    Malformed(String),
}

impl fmt::Display for InvalidRustTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidRustTarget::TooEarly => write!(
                f,
                "Rust targets older than 1.{} are not supported",
                OLDEST_MINOR
            ),
            InvalidRustTarget::Malformed(text) => write!(
                f,
                "'{}' is not a Rust release (1.MINOR, 1.MINOR.PATCH or nightly)",
                text
            ),
        }
    }
}

impl std::error::Error for InvalidRustTarget {}

// bindgen's names for the releases it once listed.
#[allow(non_upper_case_globals)]
impl RustTarget {
    /// Rust `1.minor.patch`.
    pub fn stable(minor: u64, patch: u64) -> Result<RustTarget, InvalidRustTarget> {
        if minor < OLDEST_MINOR {
            return Err(InvalidRustTarget::TooEarly);
        }
        Ok(RustTarget(Release::Stable { minor, patch }))
    }

    /// Rust nightly: every feature.
    pub const fn nightly() -> RustTarget {
        RustTarget(Release::Nightly)
    }

    const fn release(minor: u64) -> RustTarget {
        RustTarget(Release::Stable { minor, patch: 0 })
    }

    /// The releases bindgen once named as constants; kept so that build
    /// scripts naming them port unchanged.
    #[deprecated(note = "use RustTarget::nightly()")]
    pub const Nightly: RustTarget = RustTarget::nightly();
    #[deprecated(note = "use RustTarget::stable(33, 0)")]
    pub const Stable_1_33: RustTarget = RustTarget::release(33);
    #[deprecated(note = "use RustTarget::stable(36, 0)")]
    pub const Stable_1_36: RustTarget = RustTarget::release(36);
    #[deprecated(note = "use RustTarget::stable(40, 0)")]
    pub const Stable_1_40: RustTarget = RustTarget::release(40);
    #[deprecated(note = "use RustTarget::stable(47, 0)")]
    pub const Stable_1_47: RustTarget = RustTarget::release(47);
    #[deprecated(note = "use RustTarget::stable(59, 0)")]
    pub const Stable_1_59: RustTarget = RustTarget::release(59);
    #[deprecated(note = "use RustTarget::stable(64, 0)")]
    pub const Stable_1_64: RustTarget = RustTarget::release(64);
    #[deprecated(note = "use RustTarget::stable(68, 0)")]
    pub const Stable_1_68: RustTarget = RustTarget::release(68);
    #[deprecated(note = "use RustTarget::stable(71, 0)")]
    pub const Stable_1_71: RustTarget = RustTarget::release(71);
    #[deprecated(note = "use RustTarget::stable(73, 0)")]
    pub const Stable_1_73: RustTarget = RustTarget::release(73);
    #[deprecated(note = "use RustTarget::stable(77, 0)")]
    pub const Stable_1_77: RustTarget = RustTarget::release(77);
    #[deprecated(note = "use RustTarget::stable(82, 0)")]
    pub const Stable_1_82: RustTarget = RustTarget::release(82);
}

/// The newest release kbindgen knows the features of (its --rust-target
/// default).
pub const LATEST_STABLE_RUST: RustTarget = RustTarget::release(82);

impl Default for RustTarget {
    fn default() -> RustTarget {
        LATEST_STABLE_RUST
    }
}

impl fmt::Display for RustTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Release::Stable { minor, patch: 0 } => write!(f, "1.{}", minor),
            Release::Stable { minor, patch } => write!(f, "1.{}.{}", minor, patch),
            Release::Nightly => f.write_str("nightly"),
        }
    }
}

impl FromStr for RustTarget {
    type Err = InvalidRustTarget;

    fn from_str(text: &str) -> Result<RustTarget, InvalidRustTarget> {
        if text == "nightly" {
            return Ok(RustTarget::nightly());
        }
        let malformed = || InvalidRustTarget::Malformed(text.to_owned());
        let rest = text.strip_prefix("1.").ok_or_else(malformed)?;
        let mut parts = rest.split('.');
        let number = |part: Option<&str>| -> Result<u64, InvalidRustTarget> {
            match part {
                Some(digits)
                    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    digits.parse().map_err(|_| malformed())
                }
                _ => Err(malformed()),
            }
        };
        let minor = number(parts.next())?;
        let patch = match parts.next() {
            None => 0,
            part => number(part)?,
        };
        if parts.next().is_some() {
            return Err(malformed());
        }
        RustTarget::stable(minor, patch)
    }
}

/// A Rust edition of the generated code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RustEdition {
    Edition2018,
    #[default]
    Edition2021,
    Edition2024,
}

impl fmt::Display for RustEdition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RustEdition::Edition2018 => "2018",
            RustEdition::Edition2021 => "2021",
            RustEdition::Edition2024 => "2024",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn releases_parse_and_print_as_kbindgen_takes_them() {
        for text in ["1.33", "1.68", "1.85.1", "nightly"] {
            assert_eq!(text.parse::<RustTarget>().unwrap().to_string(), text);
        }
        assert_eq!("1.68.0".parse::<RustTarget>().unwrap().to_string(), "1.68");
        assert!("1.68".parse::<RustTarget>().unwrap() < "1.85".parse().unwrap());
        assert!(RustTarget::stable(85, 0).unwrap() < RustTarget::nightly());
    }

    #[test]
    fn old_or_malformed_releases_are_refused() {
        assert_eq!(RustTarget::stable(32, 9), Err(InvalidRustTarget::TooEarly));
        assert_eq!(
            "1.30".parse::<RustTarget>(),
            Err(InvalidRustTarget::TooEarly)
        );
        for text in [
            "", "1", "1.", "2.0", "1.x", "1.68.", "1.68.0.1", "stable", "1.+5",
        ] {
            assert_eq!(
                text.parse::<RustTarget>(),
                Err(InvalidRustTarget::Malformed(text.to_owned())),
                "{}",
                text
            );
        }
    }
}

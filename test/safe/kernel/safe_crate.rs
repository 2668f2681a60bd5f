// Crate root that compiles one kernel-style skeleton (SKELETON, include!d)
// against the kernel's generated bindings and the stub `kernel` crate.
#![no_std]
#![allow(dead_code, non_snake_case, clippy::all)]

include!(env!("SKELETON"));

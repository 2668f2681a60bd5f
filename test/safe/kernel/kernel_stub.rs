// A stub of the `kernel` crate with the signatures of the 6.12 rust/kernel
// items the kernel-style skeletons use (error, types, str, prelude), so that
// the skeletons compile outside a kernel build against the real bindings.
#![no_std]
#![allow(dead_code)]

pub mod error {
    use core::num::NonZeroI32;

    #[derive(Clone, Copy, PartialEq, Eq)]
    pub struct Error(NonZeroI32);

    impl Error {
        pub fn from_errno(errno: ffi::c_int) -> Error {
            match NonZeroI32::new(errno) {
                Some(e) if errno < 0 => Error(e),
                _ => code::EINVAL,
            }
        }
    }

    pub type Result<T = (), E = Error> = core::result::Result<T, E>;

    pub fn to_result(err: ffi::c_int) -> Result {
        if err < 0 {
            Err(Error::from_errno(err))
        } else {
            Ok(())
        }
    }

    pub fn from_err_ptr<T>(ptr: *mut T) -> Result<*mut T> {
        let value = ptr as isize;
        if (-4095..0).contains(&value) {
            return Err(Error::from_errno(value as ffi::c_int));
        }
        Ok(ptr)
    }

    pub mod code {
        use super::Error;
        pub const EINVAL: Error = Error(match core::num::NonZeroI32::new(-22) {
            Some(e) => e,
            None => panic!(),
        });
    }
}

pub mod types {
    use core::cell::UnsafeCell;
    use core::marker::{PhantomData, PhantomPinned};
    use core::mem::MaybeUninit;
    use core::ptr::NonNull;

    #[repr(transparent)]
    pub struct Opaque<T> {
        value: UnsafeCell<MaybeUninit<T>>,
        _pin: PhantomPinned,
    }

    impl<T> Opaque<T> {
        pub const fn get(&self) -> *mut T {
            UnsafeCell::get(&self.value).cast::<T>()
        }
    }

    /// # Safety
    ///
    /// As in rust/kernel/types.rs.
    pub unsafe trait AlwaysRefCounted {
        fn inc_ref(&self);
        /// # Safety
        ///
        /// As in rust/kernel/types.rs.
        unsafe fn dec_ref(obj: NonNull<Self>);
    }

    pub struct ARef<T: AlwaysRefCounted> {
        ptr: NonNull<T>,
        _p: PhantomData<T>,
    }
}

pub mod str {
    #[repr(transparent)]
    pub struct CStr([u8]);

    impl CStr {
        pub const fn as_char_ptr(&self) -> *const ffi::c_char {
            self.0.as_ptr()
        }

        /// # Safety
        ///
        /// `ptr` is a valid NUL-terminated string for 'a.
        pub unsafe fn from_char_ptr<'a>(ptr: *const ffi::c_char) -> &'a Self {
            // SAFETY: the caller's promise.
            let len = unsafe { core::ffi::CStr::from_ptr(ptr.cast()) }.to_bytes_with_nul().len();
            // SAFETY: as above; CStr is transparent over [u8].
            unsafe { &*(core::ptr::slice_from_raw_parts(ptr, len) as *const Self) }
        }
    }
}

pub mod prelude {
    pub use super::error::{code::*, Error, Result};
    pub use super::str::CStr;
}

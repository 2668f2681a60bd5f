// Safe wrapper skeleton written by kbindgen (--safe-style kernel) over the raw
// bindings at `bindings`. A starting point to review: every `// REVIEW:` names
// the rule that guessed; every `unsafe` block says what it relies on.
// Methods: 2 (2 inferred alone, 0 with the rules file); paired: 2; not
// wrapped: 0 (listed at the end).

use bindings as raw;
#[allow(unused_imports)]
use kernel::error::{code::EINVAL, from_err_ptr, to_result, Error};
#[allow(unused_imports)]
use kernel::prelude::*;
#[allow(unused_imports)]
use kernel::types::{ARef, AlwaysRefCounted, Opaque};

/// `refcount_struct` (embedded handle).
/// Rules: handle.rules, handle.embedded.
#[repr(transparent)]
pub struct Refcount(
    Opaque<raw::refcount_struct>,
    core::marker::PhantomData<*mut u8>,
);

impl Refcount {
    /// The wrapper of the C object at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` points to a valid `refcount_struct` that lives, and is not moved, for `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut raw::refcount_struct) -> &'a mut Self {
        // SAFETY: `Self` is transparent over the C type; the caller vouches for the pointer.
        unsafe { &mut *ptr.cast::<Self>() }
    }

    /// The C object, for calls the skeleton does not wrap.
    pub fn as_raw(&self) -> *mut raw::refcount_struct {
        self.0.get()
    }
}

impl Refcount {
    /// Calls `rust_helper_refcount_inc`.
    /// Rules: ret.void, param.receiver.
    pub fn refcount_inc(&mut self) {
        // SAFETY: `self` wraps a valid `refcount_struct`.
        unsafe { raw::refcount_inc(self.as_raw()) };
    }

    /// Calls `rust_helper_refcount_dec_and_test`.
    /// Rules: ret.value, param.receiver.
    pub fn refcount_dec_and_test(&mut self) -> bool {
        // SAFETY: `self` wraps a valid `refcount_struct`.
        let ret = unsafe { raw::refcount_dec_and_test(self.as_raw()) };
        ret as bool
    }
}

/// `task_struct` (reference-counted handle).
/// Rules: handle.first-param, refcount.get-put.
// REVIEW: refcount.get-put: rust_helper_get_task_struct / rust_helper_put_task_struct.
#[repr(transparent)]
pub struct TaskStruct(Opaque<raw::task_struct>, core::marker::PhantomData<*mut u8>);

impl TaskStruct {
    /// The wrapper of the C object at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` points to a valid `task_struct` that lives, and is not moved, for `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut raw::task_struct) -> &'a mut Self {
        // SAFETY: `Self` is transparent over the C type; the caller vouches for the pointer.
        unsafe { &mut *ptr.cast::<Self>() }
    }

    /// The C object, for calls the skeleton does not wrap.
    pub fn as_raw(&self) -> *mut raw::task_struct {
        self.0.get()
    }
}

// SAFETY: `rust_helper_get_task_struct` and `rust_helper_put_task_struct` keep the object alive while a reference is held.
unsafe impl AlwaysRefCounted for TaskStruct {
    fn inc_ref(&self) {
        // SAFETY: the existence of `&self` means the count is non-zero.
        unsafe { raw::get_task_struct(self.as_raw()) };
    }

    unsafe fn dec_ref(obj: core::ptr::NonNull<Self>) {
        // SAFETY: the caller gives back a reference it owns.
        unsafe { raw::put_task_struct(obj.cast().as_ptr()) };
    }
}

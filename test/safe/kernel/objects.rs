// Safe wrapper skeleton written by kbindgen (--safe-style kernel) over the raw
// bindings at `bindings`. A starting point to review: every `// REVIEW:` names
// the rule that guessed; every `unsafe` block says what it relies on.
// Methods: 10 (3 inferred alone, 7 with the rules file); paired: 4; not
// wrapped: 0 (listed at the end).

use bindings as raw;
#[allow(unused_imports)]
use kernel::error::{code::EINVAL, from_err_ptr, to_result, Error};
#[allow(unused_imports)]
use kernel::prelude::*;
#[allow(unused_imports)]
use kernel::types::{ARef, AlwaysRefCounted, Opaque};

/// `device` (embedded handle).
/// Rules: handle.rules, handle.embedded.
#[repr(transparent)]
pub struct Device(Opaque<raw::device>, core::marker::PhantomData<*mut u8>);

impl Device {
    /// The wrapper of the C object at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` points to a valid `device` that lives, and is not moved, for `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut raw::device) -> &'a mut Self {
        // SAFETY: `Self` is transparent over the C type; the caller vouches for the pointer.
        unsafe { &mut *ptr.cast::<Self>() }
    }

    /// The C object, for calls the skeleton does not wrap.
    pub fn as_raw(&self) -> *mut raw::device {
        self.0.get()
    }
}

/// `mutex` (embedded handle).
/// Rules: handle.first-param, handle.embedded.
#[repr(transparent)]
pub struct Mutex(Opaque<raw::mutex>, core::marker::PhantomData<*mut u8>);

impl Mutex {
    /// The wrapper of the C object at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` points to a valid `mutex` that lives, and is not moved, for `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut raw::mutex) -> &'a mut Self {
        // SAFETY: `Self` is transparent over the C type; the caller vouches for the pointer.
        unsafe { &mut *ptr.cast::<Self>() }
    }

    /// The C object, for calls the skeleton does not wrap.
    pub fn as_raw(&self) -> *mut raw::mutex {
        self.0.get()
    }
}

/// Holds `mutex_lock` on a `Mutex`; `mutex_unlock` runs on drop.
pub struct MutexGuard<'a>(&'a Mutex);

impl Drop for MutexGuard<'_> {
    fn drop(&mut self) {
        // SAFETY: the guard exists only while the lock is held.
        unsafe { raw::mutex_unlock(self.0.as_raw()) };
    }
}

impl Mutex {
    /// Calls `mutex_lock`; the guard unlocks.
    pub fn mutex_lock(&self) -> MutexGuard<'_> {
        // SAFETY: `self` wraps a valid `mutex`; the guard calls `mutex_unlock` once.
        unsafe { raw::mutex_lock(self.as_raw()) };
        MutexGuard(self)
    }

    /// Calls `mutex_trylock`; None when the lock is taken.
    // REVIEW: pair.trylock: non-zero read as "acquired".
    pub fn mutex_trylock(&self) -> Option<MutexGuard<'_>> {
        // SAFETY: `self` wraps a valid `mutex`.
        let ret = unsafe { raw::mutex_trylock(self.as_raw()) };
        (ret != 0).then(|| MutexGuard(self))
    }

    /// Calls `mutex_is_locked`.
    /// Rules: ret.value, param.receiver.
    pub fn mutex_is_locked(&mut self) -> bool {
        // SAFETY: `self` wraps a valid `mutex`.
        let ret = unsafe { raw::mutex_is_locked(self.as_raw()) };
        ret as bool
    }
}

/// `rb_node` (embedded handle).
/// Rules: handle.first-param, handle.embedded.
#[repr(transparent)]
pub struct RbNode(Opaque<raw::rb_node>, core::marker::PhantomData<*mut u8>);

impl RbNode {
    /// The wrapper of the C object at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` points to a valid `rb_node` that lives, and is not moved, for `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut raw::rb_node) -> &'a mut Self {
        // SAFETY: `Self` is transparent over the C type; the caller vouches for the pointer.
        unsafe { &mut *ptr.cast::<Self>() }
    }

    /// The C object, for calls the skeleton does not wrap.
    pub fn as_raw(&self) -> *mut raw::rb_node {
        self.0.get()
    }
}

impl RbNode {
    /// Calls `rb_insert_color`.
    /// Rules: ret.void, param.receiver, param.handle-ref, param.not-retained (confirmed).
    pub fn rb_insert_color(&mut self, arg2: &mut RbRoot) {
        // SAFETY: `self` wraps a valid `rb_node`; `arg2` wraps a valid object.
        unsafe { raw::rb_insert_color(self.as_raw(), arg2.as_raw()) };
    }

    /// Calls `rb_erase`.
    /// Rules: ret.void, param.receiver, param.handle-ref, param.not-retained (confirmed).
    pub fn rb_erase(&mut self, arg2: &mut RbRoot) {
        // SAFETY: `self` wraps a valid `rb_node`; `arg2` wraps a valid object.
        unsafe { raw::rb_erase(self.as_raw(), arg2.as_raw()) };
    }

    /// Calls `rb_next`.
    /// Rules: ret.rules, param.receiver.
    pub fn rb_next(&self) -> Option<&RbNode> {
        // SAFETY: `self` wraps a valid `rb_node`.
        let ret = unsafe { raw::rb_next(self.as_raw()) };
        if ret.is_null() {
            return None;
        }
        // SAFETY: a non-null result is valid while the receiver is.
        Some(unsafe { RbNode::from_raw(ret as *mut raw::rb_node) })
    }

    /// Calls `rb_prev`.
    /// Rules: ret.rules, param.receiver.
    pub fn rb_prev(&self) -> Option<&RbNode> {
        // SAFETY: `self` wraps a valid `rb_node`.
        let ret = unsafe { raw::rb_prev(self.as_raw()) };
        if ret.is_null() {
            return None;
        }
        // SAFETY: a non-null result is valid while the receiver is.
        Some(unsafe { RbNode::from_raw(ret as *mut raw::rb_node) })
    }
}

/// `rb_root` (embedded handle).
/// Rules: handle.first-param, handle.embedded.
#[repr(transparent)]
pub struct RbRoot(Opaque<raw::rb_root>, core::marker::PhantomData<*mut u8>);

impl RbRoot {
    /// The wrapper of the C object at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` points to a valid `rb_root` that lives, and is not moved, for `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut raw::rb_root) -> &'a mut Self {
        // SAFETY: `Self` is transparent over the C type; the caller vouches for the pointer.
        unsafe { &mut *ptr.cast::<Self>() }
    }

    /// The C object, for calls the skeleton does not wrap.
    pub fn as_raw(&self) -> *mut raw::rb_root {
        self.0.get()
    }
}

impl RbRoot {
    /// Calls `rb_first`.
    /// Rules: ret.rules, param.receiver.
    pub fn rb_first(&self) -> Option<&RbNode> {
        // SAFETY: `self` wraps a valid `rb_root`.
        let ret = unsafe { raw::rb_first(self.as_raw()) };
        if ret.is_null() {
            return None;
        }
        // SAFETY: a non-null result is valid while the receiver is.
        Some(unsafe { RbNode::from_raw(ret as *mut raw::rb_node) })
    }

    /// Calls `rb_last`.
    /// Rules: ret.rules, param.receiver.
    pub fn rb_last(&self) -> Option<&RbNode> {
        // SAFETY: `self` wraps a valid `rb_root`.
        let ret = unsafe { raw::rb_last(self.as_raw()) };
        if ret.is_null() {
            return None;
        }
        // SAFETY: a non-null result is valid while the receiver is.
        Some(unsafe { RbNode::from_raw(ret as *mut raw::rb_node) })
    }
}

/// `work_struct` (embedded handle).
/// Rules: handle.first-param, handle.embedded.
#[repr(transparent)]
pub struct WorkStruct(Opaque<raw::work_struct>, core::marker::PhantomData<*mut u8>);

impl WorkStruct {
    /// The wrapper of the C object at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` points to a valid `work_struct` that lives, and is not moved, for `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut raw::work_struct) -> &'a mut Self {
        // SAFETY: `Self` is transparent over the C type; the caller vouches for the pointer.
        unsafe { &mut *ptr.cast::<Self>() }
    }

    /// The C object, for calls the skeleton does not wrap.
    pub fn as_raw(&self) -> *mut raw::work_struct {
        self.0.get()
    }
}

impl WorkStruct {
    /// Calls `flush_work`.
    /// Rules: ret.value, param.receiver.
    pub fn flush_work(&mut self) -> bool {
        // SAFETY: `self` wraps a valid `work_struct`.
        let ret = unsafe { raw::flush_work(self.as_raw()) };
        ret as bool
    }

    /// Calls `cancel_work_sync`.
    /// Rules: ret.value, param.receiver.
    pub fn cancel_work_sync(&mut self) -> bool {
        // SAFETY: `self` wraps a valid `work_struct`.
        let ret = unsafe { raw::cancel_work_sync(self.as_raw()) };
        ret as bool
    }
}

/// `firmware` (owned handle).
/// Rules: handle.first-param, owned.dtor-name.
// REVIEW: owned.dtor-name: release_firmware frees it.
pub struct Firmware {
    ptr: core::ptr::NonNull<raw::firmware>,
}

impl Firmware {
    /// Takes ownership of `ptr` (None when it is NULL).
    ///
    /// # Safety
    ///
    /// `ptr` is NULL or a valid `firmware` whose ownership (one reference) passes to the result.
    pub unsafe fn from_raw(ptr: *mut raw::firmware) -> Option<Self> {
        core::ptr::NonNull::new(ptr).map(|ptr| Self { ptr })
    }

    /// The C object, for calls the skeleton does not wrap.
    pub fn as_raw(&self) -> *mut raw::firmware {
        self.ptr.as_ptr()
    }
}

impl Drop for Firmware {
    fn drop(&mut self) {
        // SAFETY: `self` owns the object (from_raw's contract) and gives it back exactly once.
        unsafe { raw::release_firmware(self.as_raw()) };
    }
}

impl Firmware {
    /// Calls `request_firmware`.
    /// Rules: ret.kernel-errno, owned.ctor-out-ptr (confirmed), param.cstr, param.handle-ref, param.not-retained (confirmed), owned.dtor-name (confirmed).
    pub fn request_firmware(name: &kernel::str::CStr, device: &mut Device) -> Result<Self> {
        let mut new_fw: *mut raw::firmware = core::ptr::null_mut();
        // SAFETY: `fw` points to a local; `name` is NUL-terminated; `device` wraps a valid object.
        let ret = unsafe {
            raw::request_firmware(
                (&mut new_fw as *mut *mut raw::firmware).cast(),
                name.as_char_ptr().cast(),
                device.as_raw(),
            )
        };
        to_result(ret as _)?;
        // SAFETY: the callee filled a new pointer the caller owns.
        unsafe { Self::from_raw(new_fw) }.ok_or(EINVAL)
    }
}

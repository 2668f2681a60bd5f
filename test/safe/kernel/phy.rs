// Safe wrapper skeleton written by kbindgen (--safe-style kernel) over the raw
// bindings at `bindings`. A starting point to review: every `// REVIEW:` names
// the rule that guessed; every `unsafe` block says what it relies on.
// Methods: 9 (8 inferred alone, 1 with the rules file); paired: 0; not
// wrapped: 0 (listed at the end).

use bindings as raw;
#[allow(unused_imports)]
use kernel::error::{code::EINVAL, from_err_ptr, to_result, Error};
#[allow(unused_imports)]
use kernel::prelude::*;
#[allow(unused_imports)]
use kernel::types::{ARef, AlwaysRefCounted, Opaque};

/// `phy_device` (borrowed handle).
/// Rules: handle.first-param.
#[repr(transparent)]
pub struct PhyDevice(Opaque<raw::phy_device>, core::marker::PhantomData<*mut u8>);

impl PhyDevice {
    /// The wrapper of the C object at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` points to a valid `phy_device` that lives, and is not moved, for `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut raw::phy_device) -> &'a mut Self {
        // SAFETY: `Self` is transparent over the C type; the caller vouches for the pointer.
        unsafe { &mut *ptr.cast::<Self>() }
    }

    /// The C object, for calls the skeleton does not wrap.
    pub fn as_raw(&self) -> *mut raw::phy_device {
        self.0.get()
    }
}

impl PhyDevice {
    /// Calls `phy_resolve_aneg_linkmode`.
    /// Rules: ret.void, param.receiver.
    pub fn phy_resolve_aneg_linkmode(&mut self) {
        // SAFETY: `self` wraps a valid `phy_device`.
        unsafe { raw::phy_resolve_aneg_linkmode(self.as_raw()) };
    }

    /// Calls `phy_read_paged`.
    /// Rules: ret.kernel-errno, param.receiver, param.value.
    pub fn phy_read_paged(&mut self, page: i32, regnum: u32) -> Result<u16> {
        // SAFETY: `self` wraps a valid `phy_device`.
        let ret = unsafe { raw::phy_read_paged(self.as_raw(), page as _, regnum as _) };
        to_result(ret as _)?;
        Ok(ret as u16)
    }

    /// Calls `phy_init_hw`.
    /// Rules: ret.kernel-errno, param.receiver.
    pub fn phy_init_hw(&mut self) -> Result {
        // SAFETY: `self` wraps a valid `phy_device`.
        let ret = unsafe { raw::phy_init_hw(self.as_raw()) };
        to_result(ret as _)?;
        Ok(())
    }

    /// Calls `genphy_read_abilities`.
    /// Rules: ret.kernel-errno, param.receiver.
    pub fn genphy_read_abilities(&mut self) -> Result {
        // SAFETY: `self` wraps a valid `phy_device`.
        let ret = unsafe { raw::genphy_read_abilities(self.as_raw()) };
        to_result(ret as _)?;
        Ok(())
    }

    /// Calls `genphy_update_link`.
    /// Rules: ret.kernel-errno, param.receiver.
    pub fn genphy_update_link(&mut self) -> Result {
        // SAFETY: `self` wraps a valid `phy_device`.
        let ret = unsafe { raw::genphy_update_link(self.as_raw()) };
        to_result(ret as _)?;
        Ok(())
    }

    /// Calls `genphy_read_lpa`.
    /// Rules: ret.kernel-errno, param.receiver.
    pub fn genphy_read_lpa(&mut self) -> Result {
        // SAFETY: `self` wraps a valid `phy_device`.
        let ret = unsafe { raw::genphy_read_lpa(self.as_raw()) };
        to_result(ret as _)?;
        Ok(())
    }

    /// Calls `genphy_suspend`.
    /// Rules: ret.kernel-errno, param.receiver.
    pub fn genphy_suspend(&mut self) -> Result {
        // SAFETY: `self` wraps a valid `phy_device`.
        let ret = unsafe { raw::genphy_suspend(self.as_raw()) };
        to_result(ret as _)?;
        Ok(())
    }

    /// Calls `genphy_resume`.
    /// Rules: ret.kernel-errno, param.receiver.
    pub fn genphy_resume(&mut self) -> Result {
        // SAFETY: `self` wraps a valid `phy_device`.
        let ret = unsafe { raw::genphy_resume(self.as_raw()) };
        to_result(ret as _)?;
        Ok(())
    }

    /// Calls `genphy_soft_reset`.
    /// Rules: ret.kernel-errno, param.receiver.
    pub fn genphy_soft_reset(&mut self) -> Result {
        // SAFETY: `self` wraps a valid `phy_device`.
        let ret = unsafe { raw::genphy_soft_reset(self.as_raw()) };
        to_result(ret as _)?;
        Ok(())
    }
}

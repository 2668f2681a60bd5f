//===- Prelude.cpp - Helper types the generated code uses -----------------===//
//
// Written only when used: the bitfield storage unit (bindgen's public API:
// new, get_bit, set_bit, get, set, raw_get, raw_set, ...), the flexible
// array member marker, and blob types of a given size and alignment.
//
//===----------------------------------------------------------------------===//

#include "EmitContext.h"

#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

namespace kbindgen::rustraw {

// `CORE` stands for `::core` or `::std`.
static const char BitfieldUnitText[] = R"(#[repr(C)]
#[derive(Copy, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
pub struct __BindgenBitfieldUnit<Storage> {
    storage: Storage,
}
// Not derived: arrays derive Default only up to 32 elements, units can be
// longer (runs of `int :32;` padding).
impl<const N: usize> Default for __BindgenBitfieldUnit<[u8; N]> {
    #[inline]
    fn default() -> Self {
        Self::new([0; N])
    }
}
impl<Storage> __BindgenBitfieldUnit<Storage> {
    #[inline]
    pub const fn new(storage: Storage) -> Self {
        Self { storage }
    }
}
impl<Storage> __BindgenBitfieldUnit<Storage>
where
    Storage: AsRef<[u8]> + AsMut<[u8]>,
{
    /// The mask of bit `index` inside its byte (bit 0 is the first bit the
    /// C compiler allocates: the lowest on little endian, the highest on big).
    #[inline]
    const fn mask_of(index: usize) -> u8 {
        if cfg!(target_endian = "big") {
            0x80 >> (index % 8)
        } else {
            1 << (index % 8)
        }
    }
    /// Where bit `i` of a `width`-bit value lives, counted from the value's
    /// first allocated bit.
    #[inline]
    const fn value_bit(i: usize, width: u8) -> usize {
        if cfg!(target_endian = "big") {
            width as usize - 1 - i
        } else {
            i
        }
    }
    #[inline]
    fn with_bit(byte: u8, index: usize, val: bool) -> u8 {
        if val {
            byte | Self::mask_of(index)
        } else {
            byte & !Self::mask_of(index)
        }
    }
    #[inline]
    pub fn get_bit(&self, index: usize) -> bool {
        let byte = self.storage.as_ref()[index / 8];
        byte & Self::mask_of(index) != 0
    }
    #[inline]
    pub unsafe fn raw_get_bit(this: *const Self, index: usize) -> bool {
        let byte = unsafe {
            let bytes = CORE::ptr::addr_of!((*this).storage) as *const u8;
            *bytes.add(index / 8)
        };
        byte & Self::mask_of(index) != 0
    }
    #[inline]
    pub fn set_bit(&mut self, index: usize, val: bool) {
        let byte = &mut self.storage.as_mut()[index / 8];
        *byte = Self::with_bit(*byte, index, val);
    }
    #[inline]
    pub unsafe fn raw_set_bit(this: *mut Self, index: usize, val: bool) {
        unsafe {
            let byte = (CORE::ptr::addr_of_mut!((*this).storage) as *mut u8).add(index / 8);
            *byte = Self::with_bit(*byte, index, val);
        }
    }
    #[inline]
    pub fn get(&self, bit_offset: usize, bit_width: u8) -> u64 {
        debug_assert!(bit_width <= 64);
        debug_assert!((bit_offset + bit_width as usize + 7) / 8 <= self.storage.as_ref().len());
        let mut val = 0u64;
        for i in 0..bit_width as usize {
            if self.get_bit(bit_offset + i) {
                val |= 1u64 << Self::value_bit(i, bit_width);
            }
        }
        val
    }
    #[inline]
    pub unsafe fn raw_get(this: *const Self, bit_offset: usize, bit_width: u8) -> u64 {
        debug_assert!(bit_width <= 64);
        let mut val = 0u64;
        for i in 0..bit_width as usize {
            if unsafe { Self::raw_get_bit(this, bit_offset + i) } {
                val |= 1u64 << Self::value_bit(i, bit_width);
            }
        }
        val
    }
    #[inline]
    pub fn set(&mut self, bit_offset: usize, bit_width: u8, val: u64) {
        debug_assert!(bit_width <= 64);
        debug_assert!((bit_offset + bit_width as usize + 7) / 8 <= self.storage.as_ref().len());
        for i in 0..bit_width as usize {
            let bit = val >> Self::value_bit(i, bit_width) & 1 == 1;
            self.set_bit(bit_offset + i, bit);
        }
    }
    #[inline]
    pub unsafe fn raw_set(this: *mut Self, bit_offset: usize, bit_width: u8, val: u64) {
        debug_assert!(bit_width <= 64);
        for i in 0..bit_width as usize {
            let bit = val >> Self::value_bit(i, bit_width) & 1 == 1;
            unsafe { Self::raw_set_bit(this, bit_offset + i, bit) };
        }
    }
}
)";

static const char IncompleteArrayText[] = R"(#[repr(C)]
#[derive(Default)]
pub struct __IncompleteArrayField<T>(CORE::marker::PhantomData<T>, [T; 0]);
impl<T> __IncompleteArrayField<T> {
    #[inline]
    pub const fn new() -> Self {
        Self(CORE::marker::PhantomData, [])
    }
    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self.1.as_ptr()
    }
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.1.as_mut_ptr()
    }
    #[inline]
    pub unsafe fn as_slice(&self, len: usize) -> &[T] {
        unsafe { CORE::slice::from_raw_parts(self.as_ptr(), len) }
    }
    #[inline]
    pub unsafe fn as_mut_slice(&mut self, len: usize) -> &mut [T] {
        unsafe { CORE::slice::from_raw_parts_mut(self.as_mut_ptr(), len) }
    }
}
impl<T> CORE::fmt::Debug for __IncompleteArrayField<T> {
    fn fmt(&self, fmt: &mut CORE::fmt::Formatter<'_>) -> CORE::fmt::Result {
        fmt.write_str("__IncompleteArrayField")
    }
}
)";

// bindgen's union emulation (--disable-untagged-union, and unions with a
// field that is not Copy in the bindgen_wrapper style): a zero-sized member
// at offset 0 whose accessors reinterpret the storage as T.
static const char UnionFieldText[] = R"(#[repr(C)]
pub struct __BindgenUnionField<T>(CORE::marker::PhantomData<T>);
impl<T> __BindgenUnionField<T> {
    #[inline]
    pub const fn new() -> Self {
        Self(CORE::marker::PhantomData)
    }
    #[inline]
    pub unsafe fn as_ref(&self) -> &T {
        unsafe { &*(self as *const Self as *const T) }
    }
    #[inline]
    pub unsafe fn as_mut(&mut self) -> &mut T {
        unsafe { &mut *(self as *mut Self as *mut T) }
    }
}
impl<T> CORE::default::Default for __BindgenUnionField<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}
impl<T> CORE::clone::Clone for __BindgenUnionField<T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> CORE::marker::Copy for __BindgenUnionField<T> {}
impl<T> CORE::fmt::Debug for __BindgenUnionField<T> {
    fn fmt(&self, fmt: &mut CORE::fmt::Formatter<'_>) -> CORE::fmt::Result {
        fmt.write_str("__BindgenUnionField")
    }
}
impl<T> CORE::hash::Hash for __BindgenUnionField<T> {
    fn hash<H: CORE::hash::Hasher>(&self, _state: &mut H) {}
}
impl<T> CORE::cmp::PartialEq for __BindgenUnionField<T> {
    fn eq(&self, _other: &__BindgenUnionField<T>) -> bool {
        true
    }
}
impl<T> CORE::cmp::Eq for __BindgenUnionField<T> {}
)";

static void writeVerbatim(EmitContext &Ctx, SourceWriter &W,
                          llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 128> Lines;
  Text.rtrim('\n').split(Lines, '\n');
  std::string Core = Ctx.core();
  for (llvm::StringRef L : Lines) {
    std::string Line = L.str();
    for (size_t Pos; (Pos = Line.find("CORE::")) != std::string::npos;)
      Line.replace(Pos, 4, Core);
    W.line(Line);
  }
}

static void writeOpaqueHelper(const EmitContext &Ctx, SourceWriter &W,
                              uint64_t Size, uint64_t Align) {
  std::string Name = fmt::format("__BindgenOpaque_{}_{}", Size, Align);
  // Where an integer element carries the alignment it states it; elsewhere
  // (above 8 bytes, u64 on i386) only repr(align) can.
  bool IntegerElement = integerElementCarriesAlign(Ctx, Size, Align);
  std::string Element = IntegerElement ? fmt::format("u{}", Align * 8) : "u8";
  uint64_t Count = IntegerElement ? Size / Align : Size;
  W.line(IntegerElement ? "#[repr(C)]"
                        : fmt::format("#[repr(C, align({}))]", Align));
  W.line("#[derive(Copy, Clone, Debug, Hash, PartialEq, Eq, PartialOrd, Ord)]");
  W.line(fmt::format("pub struct {}([{}; {}usize]);", Name, Element, Count));
  W.openImpl("Default", Name);
  W.open("fn default() -> Self");
  W.line(fmt::format("Self([0; {}usize])", Count));
  W.close();
  W.close();
}

void writePrelude(EmitContext &Ctx, SourceWriter &W) {
  if (Ctx.UsesBitfieldUnit)
    writeVerbatim(Ctx, W, BitfieldUnitText);
  if (Ctx.UsesIncompleteArray)
    writeVerbatim(Ctx, W, IncompleteArrayText);
  if (Ctx.UsesUnionField)
    writeVerbatim(Ctx, W, UnionFieldText);
  for (auto [Size, Align] : Ctx.OpaqueHelpers)
    writeOpaqueHelper(Ctx, W, Size, Align);
}

} // namespace kbindgen::rustraw

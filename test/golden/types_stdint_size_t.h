// kbindgen-flags: --allowlist-function sizes
// bindgen maps these typedef names to Rust primitives instead of aliases:
// size_t/uintptr_t -> usize, ssize_t/ptrdiff_t/intptr_t -> isize (size_t is
// usize by default since bindgen 0.61) and the exact-width stdint types ->
// u8..u64 / i8..i64. `usize` and `c_ulong` are different Rust types, so code
// passing `v.len()` to a size_t parameter depends on this.
#include <stddef.h>
#include <stdint.h>
typedef long ssize_t;

size_t sizes(size_t n, ssize_t s, ptrdiff_t d, intptr_t ip, uintptr_t up,
             uint8_t u8, int16_t i16, uint32_t u32, int64_t i64);

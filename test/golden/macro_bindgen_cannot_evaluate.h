// kbindgen-flags: --use-core --ctypes-prefix ffi
// Macros bindgen does not turn into constants (casts, function-like macro
// calls, sizeof) must not become constants here either: the kernel defines
// them through `const T RUST_CONST_HELPER_X = X;` and its Makefile renames
// those to `X` with sed, so emitting `X` too defines it twice (E0428).
// kbindgen-apply-kernel-sed
typedef unsigned int gfp_t;
#define ___GFP_IO 0x40u
#define __GFP_IO ((gfp_t)___GFP_IO)
#define GFP_KERNEL (__GFP_IO | 0x80u)
#define _AC(X, Y) (X##Y)
#define PAGE_SHIFT 12
#define PAGE_SIZE (_AC(1, UL) << PAGE_SHIFT)
#define WORD_BITS (8 * sizeof(long))

const gfp_t RUST_CONST_HELPER_GFP_KERNEL = GFP_KERNEL;
const unsigned long RUST_CONST_HELPER_PAGE_SIZE = PAGE_SIZE;

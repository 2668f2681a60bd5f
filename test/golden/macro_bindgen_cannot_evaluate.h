// kbindgen-flags: --use-core --ctypes-prefix ffi
// Macros bindgen cannot evaluate (casts, function-like macro calls, sizeof)
// are evaluated by clang and keep their C type (`__GFP_IO: gfp_t`). The
// kernel also defines some through `const T RUST_CONST_HELPER_X = X;` and its
// Makefile renames those to `X` with sed: then the macro `X` yields to the
// helper, or `X` would be defined twice (E0428).
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

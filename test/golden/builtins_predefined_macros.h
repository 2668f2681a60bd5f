// kbindgen-flags: --builtins --allowlist-var '__(CHAR_BIT|INT_MAX|SIZEOF_POINTER|ORDER_LITTLE_ENDIAN|BYTE_ORDER|LP64)__|_LP64|MY_.*' -- --target=x86_64-linux-gnu
// --builtins: as bindgen, the items clang defines itself (outside any
// file) are bound too: its predefined macros become constants. Without the
// option only the header's own MY_LIMIT would match the allowlist.
#define MY_LIMIT 16

// kbindgen-flags: --dynamic-loading Zlib --dynamic-link-require-all --use-core --ctypes-prefix ffi --rust-target 1.68
// --dynamic-link-require-all: loading fails unless every function resolves,
// so the fields are plain function pointers; with --use-core, NAME::new
// takes a CStr path, and an old target gets `extern "C"` blocks.
typedef unsigned long uLong;
uLong zl_bound(uLong source_length);
int zl_compress(unsigned char *dest, uLong *dest_length,
                const unsigned char *source, uLong source_length, int level);
const char *zl_version(void);

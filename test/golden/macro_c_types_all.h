// kbindgen-flags: --use-core --ctypes-prefix ffi --macro-c-types
// With --macro-c-types, plain literals keep their C type as well.
#define INT 42
#define UNSIGNED_LONG 42UL
#define LONG_LONG 1LL
#define NEEDS_UINT 0x80000000
#define NEEDS_LONG 4294967296
#define NEGATIVE -1
#define DOUBLE 1.5
#define FLOAT 1.5f
#define CHAR 'a'
#define STRING "text"
#define ARITH (INT + 1)

// kbindgen-flags: --fit-macro-constant-types --default-macro-constant-type signed
// Both options: the smallest of i8/i16/i32 (i64 past i32) that holds the
// value, positive or not.
#define I8_TOP 127
#define I16_LOW 128
#define I16_TOP 32767
#define I32_LOW 32768
#define PAST_I32 0x80000000
#define NEG -1

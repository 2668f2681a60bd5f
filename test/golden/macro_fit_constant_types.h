// kbindgen-flags: --fit-macro-constant-types
// --fit-macro-constant-types: the constants bindgen types by value take the
// smallest of u8/u16/u32 (i8/i16/i32 when negative) that holds them; past
// 32 bits they stay u64/i64. A cast keeps its C type.
#define ZERO 0
#define U8_TOP 255
#define U16_LOW 256
#define U16_TOP 65535
#define U32_LOW 65536
#define PAST_U32 0x100000000
#define I8_BOTTOM -128
#define I16_TOP_NEG -129
#define I16_BOTTOM -32768
#define I32_NEG -32769
#define SUM (200 + 100)
#define CAST ((unsigned long)3)

// kbindgen-flags: --default-macro-constant-type signed
// --default-macro-constant-type signed: the constants bindgen types by value
// (literals and their arithmetic) are i32, or i64 past i32's range, even when
// not negative; a value past i64's range stays u64. Constants that keep a C
// type (a cast, sizeof, a char literal) are not affected.
#define SMALL 42
#define NEG -5
#define PAST_I32 0x80000000
#define PAST_U32 0x100000000
#define PAST_I64 0xFFFFFFFFFFFFFFFFULL
#define SHIFTED (1 << 4)
#define CAST ((unsigned char)200)
#define SIZE sizeof(int)
#define CHAR 'a'

// Negative values and the limits of 32- and 64-bit integers.
#define NEG_ONE -1
#define NEG_PAREN (-5)
#define I32_MIN (-2147483647 - 1)
#define I32_MAX 2147483647
#define U32_MAX 4294967295U
#define U32_PLUS_ONE 4294967296
#define I64_MIN (-9223372036854775807LL - 1)
#define I64_MAX 9223372036854775807LL
#define U64_MAX 18446744073709551615ULL
#define U64_MAX_HEX 0xffffffffffffffff

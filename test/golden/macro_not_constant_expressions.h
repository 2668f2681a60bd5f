// Macros clang folds to a value although C does not call them constant
// expressions (issue 14, class 1): no constant comes out of them (`--emit-ir`
// and `kbindgen explain` give the reason), while the legitimate constants
// beside them stay. OpenSSL's obj_mac.h has ~1,100 of the first kind.
int counter;
static const int limit = 2;
static const double ratio = 2.0;
struct pair {
  int a;
  double d;
};
enum level { LEVEL_LOW = 5 };
extern unsigned int invalid_size;

// Not constant expressions in C; clang folds each one to a value.
#define OBJ_ED25519 1L, 3L, 101L, 112L
#define POINTER_CAST ((long)(char *)8)
#define ADDRESS_TEST (&counter != 0)
#define OFFSET_BY_NULL ((long)&((struct pair *)0)->d)
#define STRING_INDEX ("abc"[1])
#define CONST_READ (limit + 1)
#define FLOAT_COMPARE (2.5 > 1.0)
#define FLOAT_PRODUCT ((int)(2.5 * 2.0))
#define SIGNED_OVERFLOW (2147483647 + 1)
#define PRODUCT_OVERFLOW (65536 * 65536)
#define NEGATIVE_SHIFT (-1 << 2)
#define WIDE_SHIFT (1 << 32)
#define NEGATIVE_COUNT (1 << -1)
#define MIN_MODULO ((-2147483647 - 1) % -1)
#define FLOAT_COMMA (1.0, 2.5)
#define FLOAT_POINTER_CAST ((double)(long)(char *)8)
#define FLOAT_CONST_READ (ratio * 2)
#define READ_EVALUATED (sizeof(char) != 1 ? sizeof(int) : invalid_size)
// The kernel's _IOC_TYPECHECK: C11 6.6p6 wants even the arm that is not
// evaluated to be constant.
#define READ_NOT_EVALUATED (sizeof(char) == 1 ? sizeof(int) : invalid_size)

// Constant expressions: they stay.
#define INT_CAST ((unsigned char)300)
#define TYPED_CAST ((long)112)
#define FLOAT_LITERAL_CAST ((int)2.5)
#define SIZE (sizeof(struct pair) * 2)
#define FROM_ENUM (LEVEL_LOW + 1)
#define OFFSET __builtin_offsetof(struct pair, d)
#define SIGN_BIT (1 << 31)
#define UNSIGNED_WRAP (0U - 1)
#define GNU_CONDITIONAL (0 ?: 7)
#define COMMA_NOT_EVALUATED (0 && (3, 4))
#define BYTE_SWAP __builtin_bswap32(0x12345678)
#define QUARTER (1.0 / 4)
#define FLOAT_FROM_ENUM (LEVEL_LOW * 1.5)

// kbindgen-flags: --use-core --ctypes-prefix ffi -- -DFROM_COMMAND_LINE=3
// Which macro constants keep their C type. Those bindgen computes itself
// (literals and plain arithmetic over such macros, command-line macros
// included) keep bindgen's typing, so code written against bindgen keeps
// compiling; everything bindgen drops comes out with the type clang gives
// the expression.
typedef unsigned int gfp_t;
enum mode { MODE_READ = 1, MODE_WRITE = 2 };
#define _AC(X, Y) (X##Y)

#define LITERAL 7
#define ARITH ((LITERAL << 2) | 1)
#define FROM_CLI (FROM_COMMAND_LINE * 2)
#define BIG_ARITH (1ULL << 40)

#define PAGE_SIZE (_AC(1, UL) << 12)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define CAST_FLAG ((gfp_t)0x400u)
#define CAST_COMBINED (CAST_FLAG | 0x10u)
#define ENUM_BASED (MODE_READ | MODE_WRITE)
#define SIZE_BASED (sizeof(int) * 4)
#define TERNARY (LITERAL > 5 ? 10 : 20)
#define NEGATIVE_LONG (-_AC(5, L))
#define SIGNED_CHAR_CAST ((signed char)-3)
#define DOUBLE_EXPR (1.5 * 2)

// Float, char and string macros, with escapes.
#define PI 3.14159
#define HALF 0.5f
#define EXP 1e10
#define CH 'a'
#define CH_NEWLINE '\n'
#define CH_HEX '\x7f'
#define GREETING "hello"
#define ESCAPED "tab\there \"quoted\" back\\slash"
#define WITH_NUL "a\0b"
#define EMPTY_STR ""
#define NOT_A_CONSTANT(x) ((x) + 1)

// Integer macros in every base and with suffixes.
#define DEC 42
#define HEX 0x2A
#define HEX_UPPER 0XFF
#define OCT 052
#define BIN 0b101010
#define WITH_U 42u
#define WITH_L 42L
#define WITH_UL 42UL
#define WITH_LL 42LL
#define WITH_ULL 42ULL
#define ZERO 0
#define PAREN (7)

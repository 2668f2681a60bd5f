// Infinities and NaNs as macro constants: C's INFINITY, HUGE_VAL and NAN
// are constant expressions (C11 7.12p4-5), and so is arithmetic that
// overflows (IEC 60559, Annex F). Rust spells them with f64's and f32's
// associated constants; the JSON IR with strings.
#define BIG_DOUBLE (1e308 * 10)
#define NEG_BIG_DOUBLE (-1e308 * 10)
#define HUGE_DOUBLE __builtin_huge_val()
#define INF_FLOAT __builtin_inff()
#define BIG_FLOAT (1e38f * 10.0f)
#define NAN_DOUBLE __builtin_nan("")
#define NAN_FLOAT __builtin_nanf("")
#define ZERO_BY_ZERO (0.0 / 0.0)
#define FINITE_DOUBLE 1.5

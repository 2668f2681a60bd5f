// Macros computed from other macros: shifts, sums, masks, casts-free
// arithmetic.
#define BASE 16
#define SHIFT 4
#define DOUBLE_BASE (BASE * 2)
#define MASK ((1 << SHIFT) - 1)
#define COMBINED (BASE | MASK)
#define PAGE_SIZE (1UL << 12)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define NEGATED (-BASE)
#define DIVIDED (BASE / 3)
#define MODULO (BASE % 5)
#define BIG_SHIFT (1ULL << 63)

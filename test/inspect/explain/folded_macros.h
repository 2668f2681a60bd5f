// explain: OBJ_ED25519 POINTER_CAST WIDE_SHIFT RATIO_COMMA OBJ_LEGIT
// Macros clang folds but C does not call constant expressions: each is
// skipped with the construct C forbids (issue 14, class 1).
#define OBJ_ED25519 1L, 3L, 101L, 112L
#define POINTER_CAST ((long)(char *)8)
#define WIDE_SHIFT (1 << 32)
#define RATIO_COMMA (1.0, 2.5)
#define OBJ_LEGIT ((long)112)

// static inline functions are not symbols: skipped (no extern declaration).
static inline int helper(int x) { return x * 2; }
static int file_local(void) { return 1; }
inline int c99_inline(int x) { return x; }
int exported(int x);

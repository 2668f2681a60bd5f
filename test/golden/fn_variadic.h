// Variadic functions: `...` after at least one fixed parameter.
int printf_like(const char *fmt, ...);
int sum_ints(int count, ...);
void log_msg(int level, const char *fmt, ...);

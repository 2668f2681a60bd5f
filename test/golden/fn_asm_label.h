// An asm label renames the symbol: emit #[link_name] with the real symbol.
int stat64_wrapper(const char *path) __asm__("real_stat64");
void plain_fn(void);
extern int renamed_var __asm__("real_var_name");

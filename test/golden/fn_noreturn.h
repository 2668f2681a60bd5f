// noreturn functions -> `-> !`, in every spelling.
_Noreturn void die(const char *msg);
__attribute__((noreturn)) void panic_code(int code);
void fine(void);

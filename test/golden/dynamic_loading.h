// kbindgen-flags: --dynamic-loading TestLib --allowlist-function 'dl_.*' --allowlist-var 'dl_.*'
// --dynamic-loading: the functions are resolved at run time through the
// struct TestLib (a Result per function: a missing one fails its calls
// only); variables stay in an extern block, linked as usual.
struct dl_point {
  int x, y;
};

/// Adds two numbers.
int dl_add(int a, int b);
void dl_reset(void);
struct dl_point dl_move(struct dl_point p, long dx, long dy,
                        const char *reason_for_the_move, unsigned flags);
int dl_printf(const char *format, ...);
_Noreturn void dl_abort(void);
typedef int (*dl_callback)(void *);
dl_callback dl_get_callback(int which);
extern int dl_counter;

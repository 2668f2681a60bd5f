// kbindgen-flags: --allowlist-item item_.*
// --allowlist-item: any kind of item (type, function, var, constant) by name.
struct item_s {
  int a;
};
typedef int item_t;
int item_fn(struct item_s *s);
extern item_t item_var;
#define item_CONST 4
struct other_s {
  int b;
};
int other_fn(void);

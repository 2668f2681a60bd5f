// kbindgen-flags: -- -std=gnu11
// K&R-style declarations: `f()` has no prototype and is treated as taking no
// arguments; `g(void)` is the prototyped form.
int no_proto();
int with_void(void);
long old_style_ret();

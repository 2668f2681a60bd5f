// kbindgen-flags: --rust-target 1.68
// --rust-target 1.68: no features newer than Rust 1.68 (e.g. plain `extern "C"`
// blocks instead of `unsafe extern`, no offset_of!).
struct target_old {
  char a;
  int b;
  unsigned flag : 1;
};

int target_fn(struct target_old *t);
extern int target_var;

// kbindgen-flags: --bitfield-enum perm
// --bitfield-enum: a newtype with BitOr/BitAnd(+Assign) impls.
enum perm {
  PERM_READ = 1 << 0,
  PERM_WRITE = 1 << 1,
  PERM_EXEC = 1 << 2,
  PERM_ALL = 7,
};

int check(enum perm p);

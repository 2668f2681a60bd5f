// kbindgen-flags: --no-copy nocopy_.*
// --no-copy RE: matching types derive neither Copy nor Clone; a type containing
// one cannot be Copy either.
struct nocopy_inner {
  int a;
};

struct holds_nocopy {
  struct nocopy_inner inner;
};

struct copyable {
  int b;
};

// kbindgen-flags: --no-debug quiet_.*
// --no-debug RE: matching types do not derive Debug; others still do.
struct quiet_one {
  int a;
};

struct loud_one {
  int a;
};

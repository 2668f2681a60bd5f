// kbindgen-flags: --no-derive-default --with-derive-default
// --no-derive-default wins over --with-derive-default whatever their order,
// as in bindgen: no type derives or implements Default.
struct config {
  int level;
  unsigned char flags[64];
  void *cookie;
};
union value {
  int i;
  float f;
};

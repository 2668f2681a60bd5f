// kbindgen-flags: --with-derive-custom-struct .*=PartialEq --with-derive-custom-struct special=Eq,Hash
// --with-derive-custom-struct RE=DERIVES: extra derives on matching structs
// only (not on the union), added to the default derives.
struct plain_s {
  int a;
};

struct special {
  int b;
};

union not_a_struct {
  int c;
};

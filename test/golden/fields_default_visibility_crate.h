// kbindgen-flags: --default-visibility crate --explicit-padding
// --default-visibility crate: fields, bitfield units and bitfield accessors
// are pub(crate); bindgen's layout fillers (explicit padding) stay pub.
struct header {
  char kind;
  int length;
  unsigned short version : 4;
  unsigned short revision : 12;
};

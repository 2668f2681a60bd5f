// kbindgen-flags: --with-derive-default
// Bitfields whose accessor names, as bindgen makes them, clash in the
// record's one impl: the getter of `set_a` is the setter of `a`, the raw
// getter of `a` is the getter of `a_raw`, and the getter of `new_bitfield_1`
// is unit 1's constructor. bindgen defines those methods twice (E0592).
// kbindgen takes the names in order (constructors, getters, setters, raw
// getters, raw setters) and gives a taken one a trailing `_`: the bindings
// compile, and every name without a clash (`type_`, `set_type`, unit 2's)
// stays bindgen's.
struct clash {
  unsigned set_a : 1;
  unsigned a : 3;
  unsigned a_raw : 2;
  unsigned new_bitfield_1 : 1;
  int after;
  unsigned type : 2;
};

// A non-ASCII name: the setter is spelled in ASCII like the getter.
struct \u00e9t\u00e9 {
  unsigned \u00e9 : 4;
};

// kbindgen-flags: --anon-fields-prefix anon_
// --anon-fields-prefix PREFIX: anonymous members are PREFIX1, PREFIX2, ...
// per record, instead of __bindgen_anon_1, ...
struct packet {
  int kind;
  union {
    int i;
    float f;
  };
  struct {
    short lo, hi;
  };
};

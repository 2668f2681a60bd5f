// kbindgen-flags: --blocklist-type secret_t|hidden --raw-line 'pub type secret_t = i32;' --raw-line '#[repr(C)]' --raw-line 'pub struct hidden {' --raw-line '    _private: [u8; 0],' --raw-line '}'
// --blocklist-type: the types are not emitted, but uses of them still name
// them (the raw lines supply definitions so the output compiles).
typedef int secret_t;
struct hidden {
  int x;
};

struct visible {
  secret_t s;
  struct hidden *h;
};

secret_t reveal(struct hidden *h);

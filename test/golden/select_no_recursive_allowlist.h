// kbindgen-flags: --allowlist-type outer_t --no-recursive-allowlist --raw-line '#[repr(C)]' --raw-line '#[derive(Debug, Copy, Clone)]' --raw-line 'pub struct inner_t {' --raw-line '    pub v: ::std::os::raw::c_int,' --raw-line '}'
// --no-recursive-allowlist: only outer_t is emitted; inner_t is referenced but
// not generated (the raw line defines it so the output compiles).
typedef struct {
  int v;
} inner_t;

typedef struct {
  inner_t in;
  int extra;
} outer_t;

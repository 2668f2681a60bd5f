// kbindgen-flags: --allowlist-type outer_t --no-recursive-allowlist --raw-line '#[repr(C)] #[derive(Debug, Copy, Clone)] pub struct inner_t { pub v: ::std::os::raw::c_int }'
// --no-recursive-allowlist: only outer_t is emitted; inner_t is referenced but
// not generated (the raw line defines it so the output compiles).
typedef struct {
  int v;
} inner_t;

typedef struct {
  inner_t in;
  int extra;
} outer_t;

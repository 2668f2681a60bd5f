// kbindgen-flags: --raw-line '// raw line: kept verbatim' --raw-line 'pub const RAW_CONST: u32 = 7;'
// --raw-line: verbatim lines at the top of the output, in order.
struct after_raw {
  int x;
};

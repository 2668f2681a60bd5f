// kbindgen-flags: --constified-enum-module mode --use-core --ctypes-prefix ffi
// A constified enum module names its C type through the ctypes prefix from
// inside a nested module: `ffi` must be a crate path that resolves there.
enum mode {
  MODE_OFF,
  MODE_ON,
};

struct holder {
  enum mode m;
};

// _Float16: opaque 2-byte blob (u16-sized) and a warning.
struct with_half {
  _Float16 h;
  int after;
};

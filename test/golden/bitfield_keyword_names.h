// Bitfields named after Rust keywords: the getter is escaped (`type_()`), the
// setter keeps bindgen's spelling `set_type()` (set_ + the C name).
struct kw_bits {
  unsigned type : 3;
  unsigned match : 2;
  unsigned fn : 1;
  unsigned plain : 2;
};

// A union whose only member is a zero-width bitfield (GNU C: size 0): the
// Rust union must still have a field (found by test/fuzz, seed 11).
union __attribute__((packed)) zero_width_only {
  unsigned char : 0;
};

// _BitInt(37): opaque blob with clang's size (8) and alignment (8), and a
// warning.
// kbindgen-expect-warning: the type has no exact Rust equivalent
struct with_bitint {
  char c;
  _BitInt(37) x;
  unsigned _BitInt(9) y;
};

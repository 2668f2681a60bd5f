// _BitInt(37): opaque blob with clang's size (8) and alignment (8), and a warning.
struct with_bitint {
  char c;
  _BitInt(37) x;
  unsigned _BitInt(9) y;
};

// A zero-width bitfield forces the next bitfield into a new allocation unit.
struct zero_width {
  unsigned int a : 3;
  unsigned int : 0;
  unsigned int b : 3;
  unsigned char c : 2;
  unsigned char : 0;
  unsigned char d : 2;
};

// Unnamed non-zero bitfields are padding: no accessor, but the bits are kept.
struct unnamed_bits {
  unsigned int lo : 4;
  unsigned int : 4;
  unsigned int hi : 4;
  int : 12;
  unsigned int top : 8;
};

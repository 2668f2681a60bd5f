// Bitfields that all fit in one storage unit: _bitfield_1 with accessors.
struct flags {
  unsigned int a : 1;
  unsigned int b : 2;
  unsigned int c : 5;
  unsigned int d : 8;
};

// Two bitfield runs separated by an ordinary field: _bitfield_1 and
// _bitfield_2.
struct two_runs {
  unsigned char first : 3;
  unsigned char second : 4;
  int middle;
  unsigned short third : 9;
  unsigned short fourth : 7;
};

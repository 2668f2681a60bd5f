// Bitfields mixed with ordinary fields, pointers and arrays in one struct.
struct mixed {
  char name[3];
  unsigned int flag_a : 1;
  unsigned int flag_b : 1;
  void *ptr;
  unsigned short kind : 4;
  unsigned short sub : 4;
  short after;
  unsigned long long big : 50;
  int last;
};

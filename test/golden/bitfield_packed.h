// Bitfields in a packed struct may straddle byte boundaries freely.
struct __attribute__((packed)) packed_bits {
  unsigned char a : 3;
  unsigned int b : 17;
  unsigned char c : 6;
  unsigned short d : 10;
  char tail;
};

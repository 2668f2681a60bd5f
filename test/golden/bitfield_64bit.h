// 64-bit-wide bitfields, including one that uses the whole unit.
struct wide_bits {
  unsigned long long whole : 64;
  unsigned long long hi : 63;
  unsigned long long lo : 1;
  long long neg : 64;
};

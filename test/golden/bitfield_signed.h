// Signed bitfields: getters must sign-extend (a -1 in 3 bits reads back -1).
struct signed_bits {
  int small : 3;
  signed char tiny : 2;
  int medium : 12;
  long long large : 33;
};

// A packed struct whose member carries aligned(4): clang places the member at
// offset 4 and the struct gets alignment 4, which repr(packed) alone cannot
// say.
struct __attribute__((packed)) packed_with_aligned {
  char a;
  int b __attribute__((aligned(4)));
  char c;
};

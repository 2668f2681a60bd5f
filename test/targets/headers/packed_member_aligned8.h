// A packed struct whose member asks for 8-byte alignment: the struct is
// 8-aligned on every target, i386 included (found by test/fuzz, seed 7).
struct __attribute__((packed)) packed_aligned8 {
  short s __attribute__((aligned(8)));
  unsigned int tail[0];
};

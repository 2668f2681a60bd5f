// __attribute__((packed)) on a struct: no padding, alignment 1.
struct __attribute__((packed)) packed_hdr {
  char kind;
  int length;
  short flags;
  long long stamp;
};

struct unpacked_with_packed_member {
  char c;
  struct packed_hdr hdr;
};

// Bitfields inside a union and inside an anonymous struct within a union.
union flags_u {
  unsigned int raw;
  struct {
    unsigned int ready : 1;
    unsigned int error : 1;
    unsigned int code : 6;
  };
  unsigned char low : 4;
};

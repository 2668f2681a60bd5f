// An anonymous struct inside an anonymous union inside a struct, plus a named
// field of anonymous struct type.
struct message {
  int type;
  union {
    struct {
      short lo;
      short hi;
    };
    struct {
      char bytes[4];
    } raw;
    int whole;
  };
  struct {
    unsigned flags;
  } meta;
};

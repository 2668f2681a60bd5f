// A named union used as a field type and a union nested by definition.
union value {
  long l;
  double d;
  void *p;
};

struct tagged {
  int tag;
  union value val;
  union payload {
    int code;
    char text[12];
  } payload;
};

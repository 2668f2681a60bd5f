// Anonymous unions: top-level in a struct, inside a union, and typedef'd.
struct variant {
  int kind;
  union {
    long as_long;
    double as_double;
  };
};

union outer_u {
  union {
    int a;
    short b;
  };
  struct {
    char c;
    char d;
  };
  long e;
};

typedef union {
  int x;
  float y;
} anon_typedef_u;

// One field of every builtin scalar type.
struct all_builtins {
  char c;
  signed char sc;
  unsigned char uc;
  short s;
  unsigned short us;
  int i;
  unsigned int ui;
  long l;
  unsigned long ul;
  long long ll;
  unsigned long long ull;
  float f;
  double d;
  _Bool b;
  __SIZE_TYPE__ size;
  __PTRDIFF_TYPE__ diff;
  __INTPTR_TYPE__ iptr;
  __UINT8_TYPE__ u8;
  __INT64_TYPE__ i64;
};

// #pragma pack(1): every member at alignment 1.
#pragma pack(push, 1)
struct pack1 {
  char a;
  int b;
  short c;
  double d;
};
#pragma pack(pop)

// After the pop, normal layout again.
struct after_pop {
  char a;
  int b;
};

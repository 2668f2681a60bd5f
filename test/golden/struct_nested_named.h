// Named structs nested inside other structs (C puts the inner tag at file
// scope).
struct outer {
  struct inner {
    int a;
    long b;
  } in;
  struct inner second;
  struct deeper {
    struct deepest {
      short s;
    } d;
    char c;
  } deep;
};

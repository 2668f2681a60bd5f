// Plain structs: scalar fields, natural padding between fields and at the end.
struct point {
  int x;
  int y;
};

struct padded {
  char tag; /* 3 bytes of padding follow */
  int value;
  char tail; /* 3 bytes of tail padding */
};

struct empty_ish {
  char only;
};

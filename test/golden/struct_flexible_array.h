// Flexible array members map to __IncompleteArrayField<T>.
struct packet {
  unsigned short len;
  unsigned char data[];
};

struct int_list {
  int count;
  long pad_to_8;
  int items[];
};

struct of_structs {
  int n;
  struct elem {
    int key;
    int value;
  } elems[];
};

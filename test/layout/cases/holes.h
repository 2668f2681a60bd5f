// A struct with a hole, bitfields, an anonymous union, a nested struct and a
// second cache line; a packed struct; a typedef of an anonymous struct.
struct opaque_peer;

struct sample {
  char tag;
  int count;
  unsigned int ready : 1;
  unsigned int mode : 3;
  long stamp;
  union {
    short small;
    char bytes[3];
  };
  struct {
    char kind;
    long value;
  } pair[2];
  char name[40];
  void (*notify)(struct opaque_peer *peer, int code);
  unsigned char last;
};

struct __attribute__((packed)) wire_header {
  unsigned char version : 4;
  unsigned char flags : 4;
  unsigned int length;
  unsigned short checksum;
};

typedef struct {
  int x;
  char y;
} point_t;

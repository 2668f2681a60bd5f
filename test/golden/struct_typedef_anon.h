// typedef of an anonymous struct/union: the typedef name names the type.
typedef struct {
  int width;
  int height;
} size2d;

typedef union {
  unsigned u;
  float f;
} word;

// The typedef'd anonymous struct used from another struct.
struct window {
  size2d size;
  word tag;
};

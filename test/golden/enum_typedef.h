// typedef'd enums: named and anonymous.
typedef enum {
  MODE_READ,
  MODE_WRITE,
} mode_t_;

typedef enum shape {
  SHAPE_CIRCLE,
  SHAPE_SQUARE,
} shape_t;

void set_mode(mode_t_ m, shape_t s, enum shape s2);

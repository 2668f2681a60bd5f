// Enum-typed bitfields: accessors use the enum type.
enum color { RED, GREEN, BLUE };
enum sign { NEG = -1, ZERO = 0, POS = 1 };

struct pixel {
  enum color c : 2;
  enum sign s : 2;
  unsigned int alpha : 4;
};

// Enums whose values need 64 bits: underlying type is unsigned long / long.
enum big_mask {
  BIG_LOW = 1,
  BIG_HIGH = 0x8000000000000000ULL,
  BIG_ALL = 0xffffffffffffffffULL,
};

enum big_signed {
  BS_MIN = -0x7fffffffffffffffLL - 1,
  BS_MAX = 0x7fffffffffffffffLL,
};

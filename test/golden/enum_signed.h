// Enums with negative values: the underlying type is signed (c_int).
enum errcode {
  ERR_OK = 0,
  ERR_FAIL = -1,
  ERR_BUSY = -16,
  ERR_MIN = -2147483647 - 1,
};

enum mostly_positive {
  MP_A = 100,
  MP_B = -1,
};

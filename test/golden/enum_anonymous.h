// Anonymous enums: constants named after the enumerators only, typed with an
// _bindgen_ty_N alias.
enum {
  MAX_USERS = 64,
  MAX_GROUPS = 16,
};

enum {
  FIRST_FLAG = 1,
  SECOND_FLAG = 2,
};

struct limits {
  enum { LIM_SOFT, LIM_HARD } which;
};

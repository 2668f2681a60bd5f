// kbindgen-flags: --no-prepend-enum-name
// --no-prepend-enum-name: constants are named after the enumerator alone.
enum animal {
  CAT,
  DOG = 4,
};

enum animal adopt(void);

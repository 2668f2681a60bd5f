// kbindgen-flags: --newtype-global-enum 'color|_bindgen_ty_1'
// --newtype-global-enum REGEX: the newtype of --newtype-enum with its
// constants at top level, named like the consts style's (color_RED).
enum color { RED = 1, GREEN = 2, BLUE = 4, ALSO_BLUE = 4 };
enum shape { CIRCLE, SQUARE };
enum { FLAG_A = -1, FLAG_B = 8 };
struct paint {
  enum color c;
  enum shape s;
};

// Anonymous struct and union members (C11): fields reached through the parent,
// named parent__bindgen_ty_N with __bindgen_anon_N fields as bindgen does.
struct with_anon {
  int kind;
  struct {
    int x;
    int y;
  };
  union {
    int i;
    float f;
  };
  int trailer;
};

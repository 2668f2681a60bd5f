// kbindgen-flags: --default-alias-style new_type
// --default-alias-style new_type: every typedef that is an alias becomes a
// #[repr(transparent)] tuple struct over the aliased type, with the derives
// that type allows; a typedef that names its struct (typedef struct {..} T)
// is the struct itself. Constants typed by a newtype are built with it.
typedef int my_int;
typedef my_int chained_int;
typedef struct point {
  int x, y;
} point_t;
typedef struct {
  int a;
} folded_t;
typedef void (*callback_t)(int);
typedef const char *name_t;
#define LIMIT ((my_int)10)
struct holder {
  my_int value;
  callback_t cb;
  point_t where;
};
chained_int scale(my_int x, callback_t cb);

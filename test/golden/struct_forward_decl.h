// Forward-declared (incomplete) structs become opaque types; pointers to them
// work.
struct handle;
typedef struct handle handle_t;

struct never_defined;

struct user {
  struct handle *h;
  handle_t *h2;
  struct never_defined **pp;
};

// Declared first, defined later: must come out as the complete struct.
struct later;
struct later_user {
  struct later *p;
};
struct later {
  int defined_after_use;
};

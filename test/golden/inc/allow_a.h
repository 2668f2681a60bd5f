// Included by select_allowlist_file.h: everything here is allowlisted.
struct from_a {
  int a;
};
int a_function(struct from_a *p);
#define A_CONSTANT 1

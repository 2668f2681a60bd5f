// Included by select_allowlist_file.h: nothing here is allowlisted.
struct from_b {
  int b;
};
int b_function(void);
#define B_CONSTANT 2

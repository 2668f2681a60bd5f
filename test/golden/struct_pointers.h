// Pointer fields: mutable, const, const pointer, pointer to pointer, void
// pointers.
struct pointers {
  int *mut_int;
  const int *const_int;
  int *const const_ptr_to_mut;
  const char *const both_const;
  void *opaque;
  const void *opaque_const;
  int **ptr_ptr;
  const char **argv_like;
  char *const *const_ptr_array;
  struct pointers *self_ref;
};

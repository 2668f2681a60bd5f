// Pointer and array parameters: arrays decay to pointers.
void by_pointer(int *out, const int *in);
void by_array(int values[8], const char name[]);
void by_2d(double grid[][4], int rows);
void by_ptr_ptr(char **argv, const char *const *envp);
void by_static(int arr[static 4]);

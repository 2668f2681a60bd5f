// Unnamed parameters get generated names (arg1, arg2, ...).
int combine(int, int);
void mixed_names(int named, char *, double);
void *alloc(unsigned long, unsigned long align);

// kbindgen-flags: --use-array-pointers-in-arguments
// --use-array-pointers-in-arguments: a parameter declared as an array T a[N]
// (or through a typedef of one) is a pointer to the whole array, *mut [T; N],
// or *const [T; N] when the element is const. C passes the same pointer, so
// the call ABI is unchanged. Parameters declared as pointers, and T a[]
// (which has no length), keep the adjusted *mut T; a two-dimensional array
// keeps both lengths.
typedef int triple[3];
typedef void (*handler)(int);
void fill(int out[4], const char name[16], int matrix[2][3]);
void take_typedef(triple t, const triple c);
void take_static(int at_least[static 5], int fixed[const 2]);
void take_handlers(handler handlers[2]);
void unchanged(int *plain, const char tail[], int n);

// typedefs of pointer types.
typedef char *string_t;
typedef const char *cstring_t;
typedef void *opaque_ptr;
typedef int **int_pp;
struct node;
typedef struct node *node_ref;

void take(string_t a, cstring_t b, opaque_ptr c, int_pp d, node_ref e);

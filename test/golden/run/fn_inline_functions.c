/* The library side: a unit that includes the header, as the library built
 * from it does. The inline definitions that are external emit their
 * symbols here; runcheck.py checks that exactly the bound ones do. */
#include "fn_inline_functions.h"

int inl_regular(int x) { return x + 8; }

// zlib's header plus a function libz.so.1 does not define: the bindings
// resolve it at run time and must report it missing.
#include <zlib.h>

int zlibNoSuchFunction(int level);

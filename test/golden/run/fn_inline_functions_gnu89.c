/* The library side under GNU inline semantics (-std=gnu89). */
#include "fn_inline_functions_gnu89.h"

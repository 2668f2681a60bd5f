#include "zsys_config.h"
#include <zlib.h>

#include <zlib.h>
#include "zsys_config.h"

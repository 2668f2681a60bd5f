//===- UnbindableHeaderError.cpp - The error of a header no backend binds -===//
//
// Backend.h declares the error; every backend library links this one.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Backends/Backend.h"

char kbindgen::UnbindableHeaderError::ID = 0;

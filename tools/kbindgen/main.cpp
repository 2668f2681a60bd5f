//===- main.cpp - kbindgen entry point ------------------------------------===//

#include "kbindgen/Driver/Driver.h"

int main(int Argc, char **Argv) { return kbindgen::runDriver(Argc, Argv); }
